import type { Span } from "../../schema/span.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";

/** A value of an NDJSON column: a scalar, or a list of ids or names (an array column in DuckDB, BigQuery, Spark). */
export type NdjsonValue = string | number | boolean | null | readonly string[];

/** One row of an NDJSON file: the same keys on every row of a file, `null` where a record has no value. */
export type NdjsonRow = Readonly<Record<string, NdjsonValue>>;

/**
 * A span as three columns, `start`, `end` and `exact`, or with a prefix (`cue_start`, `cue_end`, `cue_exact`);
 * offsets in Unicode code points, as SQL engines count characters, so that
 * `substring(text, start + 1, end - start) = exact` holds in DuckDB, BigQuery and Spark.
 *
 * @param toCodePoint - The document text's UTF-16 to code point converter (`codePointOffsets(text)`).
 * @param span - The span, or undefined for an absent optional span (three `null` columns).
 * @param prefix - A column name prefix such as `cue_`.
 * @returns The three columns.
 *
 * @example
 * spanColumns(codePointOffsets("𝕏 Putin"), { start: 3, end: 8, exact: "Putin" }, "cue_")
 * //=> { cue_start: 2, cue_end: 7, cue_exact: "Putin" }
 */
export function spanColumns(
  toCodePoint: (utf16Offset: number) => number,
  span: DeepReadonly<Span> | undefined,
  prefix = "",
): NdjsonRow {
  return {
    [`${prefix}start`]: span === undefined ? null : toCodePoint(span.start),
    [`${prefix}end`]: span === undefined ? null : toCodePoint(span.end),
    [`${prefix}exact`]: span === undefined ? null : span.exact,
  };
}
