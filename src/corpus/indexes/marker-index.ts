import type { StringIds } from "../id-types.js";
import type { UncertaintyMarkerRecord } from "../typed-records.js";
import { lazyFields, type Postings, postings, postingsByDocument, type RecordTable } from "./record-table.js";

/** The uncertainty markers of a corpus with their filter indexes. */
export interface MarkerIndex {
  readonly table: RecordTable<UncertaintyMarkerRecord<StringIds>>;
  /** Positions by the id of a record a marker affects. */
  readonly byTarget: Postings;
  readonly byCategory: Postings;
  readonly byDocument: Postings;
}

/**
 * Indexes the uncertainty markers of the documents by the records they affect, by category and by document, each on
 * first use.
 *
 * @param table - The uncertainty markers of the corpus, in corpus order.
 * @returns The marker index.
 */
export function markerIndex(table: RecordTable<UncertaintyMarkerRecord<StringIds>>): MarkerIndex {
  return lazyFields<MarkerIndex>({
    table: () => table,
    byTarget: () => postings(table, (marker) => marker.affects),
    byCategory: () => postings(table, (marker) => marker.category),
    byDocument: () => postingsByDocument(table),
  });
}
