import type { AnnotatedDocument, Entity } from "../generated/record-types.js";
import type { DocumentPath } from "../shared/document-path.js";
import type { Level } from "../shared/level.js";

/** A problem a check reports for one document: where, what, and an optional tip. */
export interface CheckProblem {
  readonly path: DocumentPath;
  readonly message: string;
  readonly tip?: string;
}

/** Facts about the whole corpus that checks share, computed once per validation run. */
export interface CorpusFacts {
  /**
   * For each non-entity record id defined in more than one document, the indexes of the documents that define it, in
   * order (an id of one document is not listed: most ids, which a map of every id would hold only to be asked for).
   */
  readonly documentsDefining: ReadonlyMap<string, readonly number[]>;
  /** The id of each document, by index. */
  readonly documentIds: readonly string[];
  /** The indexes of the documents with each document id. */
  readonly documentsWithId: ReadonlyMap<string, readonly number[]>;
  /** The indexes of the documents with each source text, by its `sha256`. */
  readonly documentsWithText: ReadonlyMap<string, readonly number[]>;
  /** For each entity id defined in more than one document, every definition with its document's index. */
  readonly sharedEntities: ReadonlyMap<string, readonly { readonly documentIndex: number; readonly entity: Entity }[]>;
}

/** Everything a check may look at: the document under check, its index, and shared corpus facts. */
export interface CheckInput {
  readonly document: AnnotatedDocument;
  readonly documentIndex: number;
  readonly corpus: CorpusFacts;
  /** Ids of records of this document that failed the schema layer (and so are not in `document`). */
  readonly invalidIds: ReadonlySet<string>;
}

/** A named rule over schema-valid documents, run by the second validation layer. */
export interface Check {
  /** Kebab-case name printed with each problem, e.g. `references-resolve`. */
  readonly name: string;
  /** The level of every problem the check reports; `error` when not given. */
  readonly level?: Level;
  /** What the check guarantees, in one sentence. */
  readonly description: string;
  /** Returns every problem in the document; an empty list when it is clean. */
  readonly run: (input: CheckInput) => CheckProblem[];
}
