import type { TemporalExpression } from "../../generated/record-types.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { EARLIEST, LATEST, overlappingPositions } from "../indexes/date-range-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { TemporalExpressionRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import { type DateInput, queryRange } from "./date-range.js";
import type { DateMatch, OneOrMany } from "./filter-fields.js";
import { ascendingUnion, isWanted, lookup, select } from "./select.js";

export type { DateMatch } from "./filter-fields.js";

/** The filters of `corpus.dates()`; every filter that is set must match, and an array means "any of them". */
export interface DateFilter<Ids extends IdTypes = StringIds> {
  /**
   * Only expressions that may fall on or after this date. A calendar string keeps its precision (`2021-09` is from
   * the first instant of September 2021); times are UTC unless the string gives an offset.
   */
  readonly from?: DateInput | undefined;
  /** Only expressions that may fall on or before this date (`2021-09` is up to the last instant of September 2021). */
  readonly to?: DateInput | undefined;
  /**
   * How an expression's interval must relate to the range from `from` to `to`: `"overlaps"` (the default), sharing
   * at least one instant with it, or `"within"`, lying wholly inside it (an open end lies inside only an open side).
   */
  readonly match?: DateMatch | undefined;
  /** Only expressions of this TIMEX3 type, or of any of these. */
  readonly type?: OneOrMany<TemporalExpression["type"]> | undefined;
  /** Only expressions from this document, or from any of these. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
}

/**
 * The temporal expressions that pass the filter, in corpus order. With `from` or `to`, only DATE and TIME
 * expressions whose interval (the whole span their EDTF value may denote, open ends unbounded) overlaps the range,
 * or lies within it, are returned: durations and recurrences have no place in time.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The temporal expressions, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For an invalid date, an unknown type or match, or when `from` is after `to`.
 */
export function findDates(
  indexes: CorpusIndexes,
  given: DateFilter | undefined,
): readonly TemporalExpressionRecord<StringIds>[] {
  const { from, to, match, type, document } = checkedFilter<DateFilter>("dates", given);
  const temporal = indexes.temporal;
  const instants = queryRange(from, to);
  const ofType = (expression: TemporalExpressionRecord<StringIds>, position: number) =>
    (type === undefined || isWanted(expression.type, type)) &&
    (document === undefined || isWanted(documentIdAt(temporal.table, position), document));
  const byDocument = lookup(() => temporal.byDocument, document);
  if (instants === undefined) return select(temporal.table, [lookup(() => temporal.byType, type), byDocument], ofType);
  // With a type, only that type's intervals are searched; without, each type's, merged into corpus order.
  const ranges = [...temporal.rangeByType].filter(([rangeType]) => type === undefined || isWanted(rangeType, type));
  const found = ranges.map(([, range]) => overlappingPositions(range, instants.start, instants.end));
  const isWithin = (expression: TemporalExpressionRecord<StringIds>) => {
    // Every candidate overlaps the range, so has bounds; an open end stands for the earliest or latest instant.
    const [min, max] = indexes.dateBounds.get(expression.id) ?? [null, null];
    return (min ?? EARLIEST) >= instants.start && (max ?? LATEST) <= instants.end;
  };
  return select(
    temporal.table,
    [[ascendingUnion(found, temporal.table.records.length)], byDocument],
    match === "within" ? (expression, position) => ofType(expression, position) && isWithin(expression) : ofType,
  );
}
