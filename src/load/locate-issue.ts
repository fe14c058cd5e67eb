import { isRecordCollection, type RecordCollection } from "../schema/data-files.js";
import type { DocumentPath } from "../shared/document-path.js";
import type { FilePosition } from "../shared/file-position.js";
import type { DocumentIssue, FileIssue } from "../shared/validation-issue.js";

/** Where the parts of each document read from a data directory came from. */
export interface DocumentSources {
  /** The file that holds a part (`document`, `text` or a record collection) of the document at an index. */
  fileOf(documentIndex: number, part: "document" | "text" | RecordCollection): string;
  /** The position of a JSON path inside a file read, when known. */
  positionOf(file: string, pointer: DocumentPath): FilePosition | undefined;
}

/**
 * Places a problem validation found, in document coordinates, in the file it came from: the record file and the
 * position of the record's field (`records` and the index inside it), `document.json` and the position of the field,
 * or the source text. The issue keeps its document coordinates.
 *
 * @param issue - A problem in document coordinates.
 * @param sources - Where the documents' parts came from.
 * @returns The issue with its file, and its line and column when known.
 *
 * @example
 * locateIssue(
 *   { check: "schema", documentIndex: 0, path: ["quotes", 3, "speaker"], recordId: "quote-1", field: "speaker",
 *     message: "m", level: "error" },
 *   { fileOf: (index, part) => `data/doc-${index}/${part}.json`,
 *     positionOf: (file, pointer) => (pointer.join("/") === "records/3/speaker" ? { line: 40, column: 7 } : undefined) },
 * )
 * //=> { check: "schema", documentIndex: 0, path: ["quotes", 3, "speaker"], recordId: "quote-1", field: "speaker", message: "m", level: "error", file: "data/doc-0/quotes.json", line: 40, column: 7 }
 */
export function locateIssue(issue: DocumentIssue, sources: DocumentSources): FileIssue {
  const [part, ...rest] = issue.path;
  if (isRecordCollection(part)) {
    const file = sources.fileOf(issue.documentIndex, part);
    return { ...issue, file, ...sources.positionOf(file, ["records", ...rest]) };
  }
  if (part === "text") return { ...issue, file: sources.fileOf(issue.documentIndex, "text") };
  // Read from files, a document has no top-level keys but its parts: the rest is the document record's own.
  const file = sources.fileOf(issue.documentIndex, "document");
  return { ...issue, file, ...sources.positionOf(file, rest) };
}
