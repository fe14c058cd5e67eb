import type { ExportInput } from "../export-input.js";
import { NDJSON_FILES, ndjsonRows } from "./ndjson-tables.js";

/**
 * Exports documents as NDJSON, one file per table, flat enough for DuckDB (`read_json_auto`), BigQuery
 * (newline-delimited JSON) or Spark (`spark.read.json`) to load without code: one JSON object per line, the same
 * keys on every line of a file (`null` where a record has no value), scalar columns, spans as `start`, `end`,
 * `exact` in Unicode code points, `document_id` on every row, and nested lists of objects (mentions, roles,
 * quantities, claim relations, segments) in their own files; lists of ids (`about`, `affects`, `dates`, `aliases`,
 * `members`) are arrays of strings. `documents.ndjson` holds each document's text, for `substring`.
 *
 * @param documents - Annotated documents, e.g. `corpus.documents`.
 * @returns File name → file content; every file ends with a newline, and a table with no rows is an empty string.
 *
 * @example
 * toNdjson(corpus.documents)["quotes.ndjson"]?.split("\n").length
 * //=> 11
 */
export function toNdjson(documents: ExportInput): Record<string, string> {
  const perDocument = documents.map(ndjsonRows);
  return Object.fromEntries(
    NDJSON_FILES.map((file) => [
      file,
      perDocument
        .flatMap((tables) => tables[file] ?? [])
        .map((row) => `${JSON.stringify(row)}\n`)
        .join(""),
    ]),
  );
}
