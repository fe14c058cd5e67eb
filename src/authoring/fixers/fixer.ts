import type { DraftFolder, DraftLocation } from "../draft-folder.js";

/** What a fixer did or could not do at one place of a draft. */
export interface FixNote extends DraftLocation {
  readonly message: string;
}

/** What a fixer reports: the changes it made, and what it could not fix (which keeps `fix` exiting 1). */
export interface FixOutcome {
  readonly changes: readonly FixNote[];
  readonly unresolved: readonly FixNote[];
}

/**
 * What the fixers know about the run: whether the source text changed since its hash was recorded, and the names of
 * the referents defined in the data directory's entity registry (a document's record of one holds no names).
 */
export interface FixContext {
  readonly textChanged: boolean;
  /** The name and aliases of each registry referent, by entity id. */
  readonly registryNames: ReadonlyMap<string, readonly string[]>;
}

/**
 * A named fixer, as browser-compat-data's: it rewrites a draft folder in memory, and the `fix` command writes a file
 * only when its content changes.
 */
export interface Fixer {
  readonly name: string;
  readonly description: string;
  /** Whether `fix` runs it when no `--only` is given (adding mentions is asked for explicitly). */
  readonly byDefault: boolean;
  fix(folder: DraftFolder, context: FixContext): FixOutcome;
}
