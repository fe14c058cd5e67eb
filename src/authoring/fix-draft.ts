import { jsonText } from "../formats/json-text.js";
import { DOCUMENT_FILE } from "../schema/data-files.js";
import { textSha256 } from "../validate/checks/source-hash.js";
import { type DraftFolder, isJsonObject } from "./draft-folder.js";
import { contextFixer } from "./fixers/context-fixer.js";
import type { Fixer, FixNote } from "./fixers/fixer.js";
import { formatFixer } from "./fixers/format-fixer.js";
import { hashFixer } from "./fixers/hash-fixer.js";
import { mentionsFixer } from "./fixers/mentions-fixer.js";
import { offsetsFixer } from "./fixers/offsets-fixer.js";
import { sortFixer } from "./fixers/sort-fixer.js";

/**
 * The fixers, in the order they run: spans are placed before mentions are added and their context is written, the
 * hash is recorded only after every span matches, and the layout is judged last.
 */
export const FIXERS: readonly Fixer[] = [offsetsFixer, mentionsFixer, contextFixer, sortFixer, hashFixer, formatFixer];

/** What fixing a draft folder gives: the changes, what could not be fixed, and the files to write. */
export interface FixRun {
  readonly changes: readonly FixNote[];
  readonly unresolved: readonly FixNote[];
  /** The new text of each file that the selected fixers changed, by file name. */
  readonly writes: ReadonlyMap<string, string>;
}

/**
 * Runs the selected fixers over a draft folder, in {@link FIXERS} order, in memory. A file is to be written only
 * when its data changed, or, with `format`, when its layout differs.
 *
 * @param folder - The draft folder; its parsed files are changed in place.
 * @param only - The names of the fixers to run (default: every fixer that runs by default).
 * @param registryNames - The name and aliases of each referent of the data directory's entity registry, by id.
 * @returns The changes, the unresolved problems and the files to write.
 */
export function fixDraft(
  folder: DraftFolder,
  only?: ReadonlySet<string>,
  registryNames: ReadonlyMap<string, readonly string[]> = new Map(),
): FixRun {
  const document = folder.files.get(DOCUMENT_FILE.file);
  const recorded = isJsonObject(document) ? document.sha256 : undefined;
  const context = { textChanged: recorded !== textSha256(folder.text), registryNames };
  const selected = FIXERS.filter((fixer) => (only === undefined ? fixer.byDefault : only.has(fixer.name)));
  let changes: readonly FixNote[] = [];
  let unresolved: readonly FixNote[] = [];
  for (const fixer of selected) {
    const outcome = fixer.fix(folder, context);
    // Concatenated rather than spread into push: a large draft's notes would overflow the argument limit.
    changes = changes.concat(outcome.changes);
    unresolved = unresolved.concat(outcome.unresolved);
  }
  const formatting = selected.includes(formatFixer);
  const writes = new Map<string, string>();
  for (const [file, value] of folder.files) {
    const original = folder.originals.get(file) ?? "";
    const text = jsonText(value);
    const dataChanged = JSON.stringify(JSON.parse(original)) !== JSON.stringify(value);
    if (dataChanged || (formatting && text !== original)) writes.set(file, text);
  }
  return { changes, unresolved, writes };
}
