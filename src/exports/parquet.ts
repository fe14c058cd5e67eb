/**
 * `newsfacts/parquet`: the NDJSON tables of `newsfacts/formats` as Apache Parquet files, with column types, one file
 * per table or Hive-partitioned by document, for DuckDB, Spark, BigQuery and any other Parquet reader. An entry of
 * its own, so that neither the main entry nor `newsfacts/formats` loads the Parquet writer.
 *
 * @packageDocumentation
 */
export type { ExportInput } from "../formats/export-input.js";
export {
  PARQUET_COLUMNS,
  type ParquetColumn,
  type ParquetColumns,
  type ParquetColumnType,
} from "../formats/parquet/parquet-columns.js";
export { type ParquetOptions, toParquet } from "../formats/parquet/to-parquet.js";
