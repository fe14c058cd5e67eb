import type { DateBounds } from "../../dates/date-bounds.js";
import type { StringIds } from "../id-types.js";
import type { TemporalExpressionRecord } from "../typed-records.js";
import { type DateRangeIndex, datedPositionsIndex } from "./date-range-index.js";
import { lazyFields, type Postings, postings, postingsByDocument, type RecordTable } from "./record-table.js";

/** The temporal expressions of a corpus with their filter indexes. */
export interface TemporalIndex {
  readonly table: RecordTable<TemporalExpressionRecord<StringIds>>;
  readonly byType: Postings;
  readonly byDocument: Postings;
  /**
   * The DATE and TIME expressions by interval, one range index per type, so that `dates({ from, to, type })` walks
   * only that type's intervals; durations and recurrences have no place in time.
   */
  readonly rangeByType: ReadonlyMap<string, DateRangeIndex>;
}

/** The range index of each type that has bounds. */
function rangesByType(
  table: RecordTable<TemporalExpressionRecord<StringIds>>,
  bounds: ReadonlyMap<string, DateBounds>,
): ReadonlyMap<string, DateRangeIndex> {
  const ofType = new Map<string, [number, DateBounds][]>();
  table.records.forEach((expression, position) => {
    const bound = bounds.get(expression.id);
    if (bound === undefined) return;
    let list = ofType.get(expression.type);
    if (list === undefined) {
      list = [];
      ofType.set(expression.type, list);
    }
    list.push([position, bound]);
  });
  return new Map([...ofType].map(([type, list]) => [type, datedPositionsIndex(list)]));
}

/**
 * Indexes the temporal expressions of the documents by type, by document and by the interval they cover, each on
 * first use.
 *
 * @param table - The temporal expressions of the corpus, in corpus order.
 * @param bounds - The bounds of the DATE and TIME expressions, by id.
 * @returns The temporal index.
 */
export function temporalIndex(
  table: RecordTable<TemporalExpressionRecord<StringIds>>,
  bounds: ReadonlyMap<string, DateBounds>,
): TemporalIndex {
  return lazyFields<TemporalIndex>({
    table: () => table,
    byType: () => postings(table, (expression) => expression.type),
    byDocument: () => postingsByDocument(table),
    rangeByType: () => rangesByType(table, bounds),
  });
}
