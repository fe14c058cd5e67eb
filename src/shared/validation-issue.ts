import { type DocumentPath, documentPathText } from "./document-path.js";
import type { Level } from "./level.js";

/** What every validation problem says, wherever it was found. */
export interface IssueFacts {
  /** The check that found it: `json`, `layout`, `schema` or a named check such as `references-resolve`. */
  readonly check: string;
  /** The id of the record at fault (`records[3]` when it has none; the document id for document-level fields). */
  readonly recordId: string;
  /** The field path inside the record, e.g. `mentions.2.span.exact` (empty for the whole record). */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it, where a hint helps. */
  readonly tip?: string;
  /** How much it matters: only `error` fails validation; `warning` and `info` are advice. */
  readonly level: Level;
}

/**
 * A problem validation found, in document coordinates: which of the validated documents, and where inside it.
 * Validation knows nothing about files: `validateDocuments` and `createCorpus` report these.
 */
export interface DocumentIssue extends IssueFacts {
  /** The index of the document in the validated input. */
  readonly documentIndex: number;
  /**
   * Where in the annotated document: `["quotes", 3, "speaker"]` (a record collection, the record's index, the field),
   * `["document", "segments", 1, "id"]`, `["text"]`, or `[]` for the whole document.
   */
  readonly path: DocumentPath;
}

/**
 * A problem located in a file: what reading a data directory finds (a JSON syntax error, a stray file), and what
 * validation finds once loading has placed it in its file (`newsfacts validate`, `loadCorpus`), which keeps its
 * document coordinates.
 */
export interface FileIssue extends IssueFacts {
  /** The file, e.g. `data/<document>/quotes.json`. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** 1-based column in the file, when known. */
  readonly column?: number;
  /** For a problem validation found: the index of its document among those read. */
  readonly documentIndex?: number;
  /** For a problem validation found: where in the annotated document, as in {@link DocumentIssue}. */
  readonly path?: DocumentPath;
}

/** One validation problem: located in a file, or, for documents given in memory, in document coordinates. */
export type ValidationIssue = DocumentIssue | FileIssue;

/**
 * Formats an issue as one line: `file:line:column recordId field: message [check] (tip)` for a problem in a file,
 * `documents[0].quotes[3].speaker recordId: message [check] (tip)` for one in documents given in memory (the record
 * path into the validated input already names the field); the message is preceded by `warning: ` or `info: ` for
 * advice.
 *
 * @param issue - The issue to format.
 * @returns One line, with no trailing newline.
 *
 * @example
 * formatIssue({ check: "references-resolve", file: "data/a/quotes.json", line: 4, column: 18, recordId: "quote-1",
 *   field: "speaker", message: 'unknown entity id "vladimir-putn"', tip: 'did you mean "vladimir-putin"?', level: "error" })
 * //=> 'data/a/quotes.json:4:18 quote-1 speaker: unknown entity id "vladimir-putn" [references-resolve] (did you mean "vladimir-putin"?)'
 *
 * @example
 * formatIssue({ check: "references-resolve", documentIndex: 1, path: ["quotes", 3, "speaker"], recordId: "quote-1",
 *   field: "speaker", message: 'unknown entity id "vladimir-putn"', level: "error" })
 * //=> 'documents[1].quotes[3].speaker quote-1: unknown entity id "vladimir-putn" [references-resolve]'
 */
export function formatIssue(issue: ValidationIssue): string {
  const tip = issue.tip ? ` (${issue.tip})` : "";
  const level = issue.level === "error" ? "" : `${issue.level}: `;
  return `${place(issue)}: ${level}${issue.message} [${issue.check}]${tip}`;
}

/** Where an issue is, and which record and field: the part of its line before the message. */
function place(issue: ValidationIssue): string {
  if (!("file" in issue)) return `${documentPathText(issue.documentIndex, issue.path)} ${issue.recordId}`;
  const position = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const field = issue.field === "" ? "" : ` ${issue.field}`;
  return `${position} ${issue.recordId}${field}`;
}
