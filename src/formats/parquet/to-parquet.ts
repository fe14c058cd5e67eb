import { parquetWriteBuffer } from "hyparquet-writer";
import type { ExportInput } from "../export-input.js";
import { NDJSON_FILES, ndjsonRows } from "../ndjson/ndjson-tables.js";
import type { NdjsonRow, NdjsonValue } from "../ndjson/span-columns.js";
import { PARQUET_COLUMNS, type ParquetColumn, type ParquetColumns } from "./parquet-columns.js";

/** How {@link toParquet} lays the tables out. */
export interface ParquetOptions {
  /**
   * `false` (the default): one file per table, `<table>.parquet`. `true`: Hive partitions by document,
   * `<table>/document_id=<document-id>/part-0.parquet`, the `document_id` column taken from the path (as DuckDB,
   * Spark and BigQuery read it), and no file where a document has no rows of a table.
   */
  readonly partition?: boolean;
}

/** The Parquet schema elements of one column (hyparquet-writer's `SchemaElement`s, in schema order). */
type SchemaElement = Parameters<typeof parquetWriteBuffer>[0]["schema"] extends readonly (infer Element)[] | undefined
  ? Element
  : never;

const UTF8 = { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } } as const;

/** The schema elements of a column: a list of strings is the standard three-level `LIST` of UTF-8 elements. */
function schemaElements(name: string, column: ParquetColumn): SchemaElement[] {
  const repetition_type = column.nullable ? "OPTIONAL" : "REQUIRED";
  switch (column.type) {
    case "string":
      return [{ name, repetition_type, ...UTF8 }];
    case "int32":
      return [{ name, repetition_type, type: "INT32" }];
    case "double":
      return [{ name, repetition_type, type: "DOUBLE" }];
    case "boolean":
      return [{ name, repetition_type, type: "BOOLEAN" }];
    case "strings":
      return [
        { name, repetition_type, converted_type: "LIST", logical_type: { type: "LIST" }, num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", repetition_type: "REQUIRED", ...UTF8 },
      ];
  }
}

/** Whether a value may be written in a column of this type (`null` only where the column is nullable). */
function fits(value: NdjsonValue, column: ParquetColumn): boolean {
  if (value === null) return column.nullable;
  switch (column.type) {
    case "string":
      return typeof value === "string";
    case "int32":
      return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
    case "double":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "strings":
      return Array.isArray(value) && value.every((element) => typeof element === "string");
  }
}

/**
 * One Parquet file of rows: one column per declared column, in order. A row with a column the table does not declare,
 * or a value of another type, is an error (no silent loss or coercion).
 */
function parquetFile(table: string, columns: ParquetColumns, rows: readonly NdjsonRow[]): Uint8Array {
  const names = Object.keys(columns);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!(key in columns)) throw new TypeError(`${table}: column "${key}" has no Parquet type`);
    }
  }
  const columnData = names.map((name) => {
    const column = columns[name] as ParquetColumn;
    const data = rows.map((row) => {
      const value = row[name] ?? null;
      if (!fits(value, column)) {
        throw new TypeError(`${table}: ${JSON.stringify(value)} in column "${name}" is not a ${column.type} value`);
      }
      return value;
    });
    return { name, data };
  });
  const schema = [
    { name: "root", num_children: names.length },
    ...names.flatMap((name) => schemaElements(name, columns[name] as ParquetColumn)),
  ];
  // Whole strings as statistics, so that min/max filters on ids and text compare exactly.
  return new Uint8Array(
    parquetWriteBuffer({
      columnData,
      schema,
      statisticsTruncateLength: Number.POSITIVE_INFINITY,
      createdBy: "newsfacts",
    }),
  );
}

/** The columns of a table without one column (the partition column, which the path holds). */
function without(columns: ParquetColumns, name: string): ParquetColumns {
  return Object.fromEntries(Object.entries(columns).filter(([key]) => key !== name));
}

/** `quotes.ndjson` → `quotes`. */
function tableName(file: string): string {
  return file.replace(/\.ndjson$/, "");
}

/** The declared columns of a table of the NDJSON export. */
function columnsOf(file: string): ParquetColumns {
  const columns = PARQUET_COLUMNS[file];
  if (columns === undefined) throw new TypeError(`${file}: no Parquet columns are declared for this table`);
  return columns;
}

/**
 * Exports documents as Apache Parquet: the tables of {@link "newsfacts/formats"!toNdjson | toNdjson}, row for row and column for column, with
 * column types a warehouse can use as they come: 32-bit integers for offsets and ordinals, doubles for certainties
 * and quantities, booleans, lists of strings (three-level `LIST`) for lists of ids and names, UTF-8 strings, and
 * `null` only in the columns of optional fields (see `PARQUET_COLUMNS`). Spans are in Unicode code points, so that
 * `substring(text, start + 1, "end" - start) = exact` in DuckDB, Spark and BigQuery. Written with hyparquet-writer
 * (Snappy compression, whole-value statistics); nothing is written to disk.
 *
 * @param documents - Annotated documents, e.g. `corpus.documents`.
 * @param options - `{ partition: true }` for Hive partitions by `document_id`.
 * @returns Relative path → file content: `quotes.parquet`, or `quotes/document_id=<id>/part-0.parquet`.
 *
 * @example
 * Object.keys(toParquet(corpus.documents)).includes("quotes.parquet")
 * //=> true
 *
 * @example
 * Object.keys(toParquet(corpus.documents, { partition: true }))[0]
 * //=> "documents/document_id=putin-lukashenko-union-state-talks/part-0.parquet"
 */
export function toParquet(documents: ExportInput, options: ParquetOptions = {}): Record<string, Uint8Array> {
  const perDocument = documents.map((document) => ({ id: document.document.id, tables: ndjsonRows(document) }));
  const files: Record<string, Uint8Array> = {};
  for (const file of NDJSON_FILES) {
    const table = tableName(file);
    const columns = columnsOf(file);
    if (options.partition !== true) {
      const rows = perDocument.flatMap(({ tables }) => tables[file] ?? []);
      files[`${table}.parquet`] = parquetFile(table, columns, rows);
      continue;
    }
    for (const { id, tables } of perDocument) {
      const rows = (tables[file] ?? []).map(({ document_id: _, ...row }) => row);
      if (rows.length === 0) continue;
      // Document ids are kebab-case slugs; encoding keeps any other id a single, reversible path segment.
      files[`${table}/document_id=${encodeURIComponent(id)}/part-0.parquet`] = parquetFile(
        table,
        without(columns, "document_id"),
        rows,
      );
    }
  }
  return files;
}
