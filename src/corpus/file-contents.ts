import { RECORD_FILES, type RecordCollection } from "../schema/data-files.js";

const COLLECTIONS = Object.keys(RECORD_FILES) as RecordCollection[];

/** Whether a value is a plain JSON object (not an array, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value is what a record file holds: `{ "records": [...] }`, with an optional `$schema` pointer. */
function isRecordFile(value: unknown): value is { records: unknown[] } {
  return (
    isObject(value) &&
    Array.isArray(value.records) &&
    Object.keys(value).every((key) => key === "records" || (key === "$schema" && typeof value.$schema === "string"))
  );
}

/**
 * An annotated document as a user assembles it from the files of a document folder, in the in-memory shape
 * `createCorpus` validates: the document record may keep the `$schema` pointer of `document.json`, and each
 * collection may be the whole parsed file (`{ "$schema": "...", "records": [...] }`) rather than its `records`.
 * The `$schema` pointers are editor hints, not data, so they are dropped; anything else is left as it is for the
 * validator to report. The input is not changed.
 *
 * @param input - One candidate annotated document.
 * @returns The same document in the in-memory shape, or the input itself when there is nothing to unwrap.
 *
 * @example
 * fromFileContents({ document: { $schema: "../../schema/document.schema.json", id: "a" }, quotes: { records: [] } })
 * //=> { document: { id: "a" }, quotes: [] }
 */
export function fromFileContents(input: unknown): unknown {
  if (!isObject(input)) return input;
  const copy: Record<string, unknown> = { ...input };
  let changed = false;
  if (isObject(input.document) && typeof input.document.$schema === "string") {
    const { $schema: _pointer, ...document } = input.document;
    copy.document = document;
    changed = true;
  }
  for (const collection of COLLECTIONS) {
    const value = input[collection];
    if (!isRecordFile(value)) continue;
    copy[collection] = value.records;
    changed = true;
  }
  return changed ? copy : input;
}
