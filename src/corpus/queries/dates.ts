import type { TemporalExpression } from "../../schema/temporal-expression.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { overlappingPositions } from "../indexes/date-range-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { TemporalExpressionRecord } from "../typed-records.js";
import { type DateInput, queryRange } from "./date-range.js";
import { lookup, select } from "./select.js";

/** The filters of `corpus.dates()`; every filter that is set must match. */
export interface DateFilter<Ids extends IdTypes = StringIds> {
  /**
   * Only expressions that may fall on or after this date. A calendar string keeps its precision (`2021-09` is from
   * the first instant of September 2021); times are UTC unless the string gives an offset.
   */
  readonly from?: DateInput;
  /** Only expressions that may fall on or before this date (`2021-09` is up to the last instant of September 2021). */
  readonly to?: DateInput;
  /** Only expressions of this TIMEX3 type. */
  readonly type?: TemporalExpression["type"];
  /** Only expressions from this document. */
  readonly document?: Ids["document"];
}

/**
 * The temporal expressions that pass the filter, in corpus order. With `from` or `to`, only DATE and TIME
 * expressions whose interval (the whole span their EDTF value may denote, open ends unbounded) overlaps the range
 * are returned: durations and recurrences have no place in time.
 *
 * @param indexes - The corpus indexes.
 * @param filter - The filters.
 * @returns The temporal expressions, frozen.
 * @throws {RangeError} For an invalid date, or when `from` is after `to`.
 */
export function findDates(indexes: CorpusIndexes, filter: DateFilter): readonly TemporalExpressionRecord[] {
  const temporal = indexes.temporal;
  const instants = queryRange(filter.from, filter.to);
  const keep = (expression: TemporalExpressionRecord, position: number) =>
    (filter.type === undefined || expression.type === filter.type) &&
    (filter.document === undefined || documentIdAt(temporal.table, position) === filter.document);
  const byDocument = lookup(() => temporal.byDocument, filter.document);
  if (instants === undefined) {
    return select(temporal.table, [lookup(() => temporal.byType, filter.type), byDocument], keep);
  }
  // With a type, only that type's intervals are searched; without, each type's, merged into corpus order.
  const ranges = [...temporal.rangeByType].filter(([type]) => filter.type === undefined || type === filter.type);
  const positions = ranges.map(([, range]) => overlappingPositions(range, instants.start, instants.end));
  return select(temporal.table, [positions, byDocument], keep);
}
