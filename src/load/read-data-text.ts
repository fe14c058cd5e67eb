import { textPositions } from "../shared/text-positions.js";
import type { FileIssue } from "../shared/validation-issue.js";
import { decodeText } from "./decode-text.js";
import { readRegularFile } from "./read-regular-file.js";

/** What reading a data file as text gave: its text, or the one issue that says why it was not read. */
export type DataTextRead = { readonly text: string } | { readonly issue: FileIssue };

/**
 * Reads a data file as text the one way every file of a data directory is read (document folders and the entity
 * registry alike): only a regular file within the size limit, never through a symbolic link, decoded as strict
 * UTF-8; bytes that would silently change the text (invalid UTF-8, a byte order mark, CRLF line endings in a source
 * text) are reported by their cause, at a line and column.
 *
 * @param file - The file.
 * @param maxBytes - The largest size accepted (`LIMITS.jsonFileBytes` or `LIMITS.textFileBytes`).
 * @param isSource - Whether it is a source text, which must also use LF line endings.
 * @returns The text, or the issue (check `layout` for a file that cannot be read, `encoding` for its bytes).
 *
 * @example
 * "issue" in readDataText("src", 1000, false)
 * //=> true
 */
export function readDataText(file: string, maxBytes: number, isSource: boolean): DataTextRead {
  const issue = { file, recordId: "-", field: "", level: "error" } as const;
  const read = readRegularFile(file, maxBytes);
  if ("problem" in read) {
    return { issue: { ...issue, check: "layout", message: `cannot read the file: ${read.problem}` } };
  }
  const decoded = decodeText(read.bytes, isSource);
  if (!("problem" in decoded)) return { text: decoded.text };
  // The text is decoded without failing to place the problem: a line and column a reader can go to.
  const position = textPositions(new TextDecoder().decode(read.bytes))(decoded.offset);
  const tip = decoded.tip === undefined ? {} : { tip: decoded.tip };
  return { issue: { ...issue, check: "encoding", ...position, message: decoded.problem, ...tip } };
}
