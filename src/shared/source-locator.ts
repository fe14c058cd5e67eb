import type { RecordCollection } from "../schema/data-files.js";
import type { DocumentPath } from "./document-path.js";
import type { FilePosition } from "./file-position.js";

/** Tells where the parts of each validated document came from. */
export interface SourceLocator {
  /** The file that holds a part (`document`, `text` or a record collection) of a document. */
  fileOf(documentIndex: number, part: "document" | "text" | RecordCollection): string;
  /** The position of a JSON path inside a file, when known. */
  positionOf?(file: string, pointer: DocumentPath): FilePosition | undefined;
}
