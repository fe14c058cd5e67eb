import type { DateBounds } from "../../dates/date-bounds.js";
import type { TemporalExpressionRecord } from "../typed-records.js";
import { type DateRangeIndex, dateRangeIndex } from "./date-range-index.js";
import { type CorpusDocument, type Postings, postings, type RecordTable, recordTable } from "./record-table.js";

/** The temporal expressions of a corpus with their filter indexes. */
export interface TemporalIndex {
  readonly table: RecordTable<TemporalExpressionRecord>;
  readonly byType: Postings;
  /** The DATE and TIME expressions by interval; durations and recurrences have no place in it. */
  readonly range: DateRangeIndex;
}

/**
 * Indexes the temporal expressions of the documents by type and by the interval they cover.
 *
 * @param documents - The corpus documents.
 * @param bounds - The bounds of the DATE and TIME expressions, by id.
 * @returns The temporal index.
 */
export function temporalIndex(
  documents: readonly CorpusDocument[],
  bounds: ReadonlyMap<string, DateBounds>,
): TemporalIndex {
  const table = recordTable(documents, (document) => document.temporalExpressions);
  return {
    table,
    byType: postings(table, (expression) => [expression.type]),
    range: dateRangeIndex(table.records.map((expression) => bounds.get(expression.id))),
  };
}
