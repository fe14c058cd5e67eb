import type { Level } from "./level.js";

/** One validation problem, located in a file: the form every layer and check reports in. */
export interface ValidationIssue {
  /** The check that found it: `json`, `layout`, `schema` or a named check such as `references-resolve`. */
  readonly check: string;
  /** The file, e.g. `data/<document>/quotes.json` (for in-memory input, `<document>/quotes.json`). */
  readonly file: string;
  /** 1-based line in the file, when the input came from a file. */
  readonly line?: number;
  /** 1-based column in the file, when the input came from a file. */
  readonly column?: number;
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
 * Formats an issue as one line: `file:line:column recordId field: message [check] (tip)`, the message preceded by
 * `warning: ` or `info: ` for advice.
 *
 * @param issue - The issue to format.
 * @returns One line, with no trailing newline.
 *
 * @example
 * formatIssue({ check: "references-resolve", file: "data/a/quotes.json", line: 4, column: 18, recordId: "quote-1",
 *   field: "speaker", message: 'unknown entity id "vladimir-putn"', tip: 'did you mean "vladimir-putin"?', level: "error" })
 * //=> 'data/a/quotes.json:4:18 quote-1 speaker: unknown entity id "vladimir-putn" [references-resolve] (did you mean "vladimir-putin"?)'
 */
export function formatIssue(issue: ValidationIssue): string {
  const position = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const field = issue.field === "" ? "" : ` ${issue.field}`;
  const tip = issue.tip ? ` (${issue.tip})` : "";
  const level = issue.level === "error" ? "" : `${issue.level}: `;
  return `${position} ${issue.recordId}${field}: ${level}${issue.message} [${issue.check}]${tip}`;
}
