import type { TableWidth, TextColumn } from "./text-table.js";
import { textTable } from "./text-table.js";

/** The output formats of `newsfacts query`. */
export const QUERY_FORMATS = ["table", "json", "csv", "ndjson"] as const;

/** An output format of `newsfacts query`. */
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** A CSV field, quoted as RFC 4180 says when it holds a quote, a comma, a line break or edge spaces. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The lines `newsfacts query` prints for its records: a table (names where people read them, cut to fit unless
 * `wide`), the full records as a JSON array or as one JSON object per line (ids, as data), or the table's columns
 * as CSV, uncut (RFC 4180; lines end in LF).
 *
 * @param format - The format.
 * @param records - The records the query returned.
 * @param columns - The columns of the table and CSV.
 * @param width - How wide the table may be.
 * @returns The lines to print.
 *
 * @example
 * queryOutput("csv", [{ id: "a", text: 'say "hi", then go' }], [{ heading: "id", cell: (row) => row.id }, { heading: "text", cell: (row) => row.text }])
 * //=> ["id,text", 'a,"say ""hi"", then go"']
 */
export function queryOutput<Row extends object>(
  format: QueryFormat,
  records: readonly Row[],
  columns: readonly TextColumn<Row>[],
  width: TableWidth = {},
): string[] {
  switch (format) {
    case "json":
      return [JSON.stringify(records, null, 2)];
    case "ndjson":
      return records.map((record) => JSON.stringify(record));
    case "csv":
      return [
        columns.map((column) => csvField(column.heading)).join(","),
        ...records.map((record) => columns.map((column) => csvField(column.cell(record))).join(",")),
      ];
    case "table":
      return textTable(columns, records, width);
  }
}
