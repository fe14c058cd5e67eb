import type { DocumentPath } from "../shared/document-path.js";
import type { Level } from "../shared/level.js";

/**
 * One problem found in one document, before it is located in a file.
 * `path` points into the annotated document (`document`, `text`, `entities`, `quotes`, ...).
 */
export interface Finding {
  /** The name of the check that found it (`schema` for the schema layer). */
  readonly check: string;
  /** Index of the document in the validated input. */
  readonly documentIndex: number;
  /** Where in the annotated document the problem is. */
  readonly path: DocumentPath;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it, where a hint helps (for an unknown id: the closest existing ids). */
  readonly tip?: string;
  /** How much it matters; `error` when not given (the schema layer and most checks). */
  readonly level?: Level;
}
