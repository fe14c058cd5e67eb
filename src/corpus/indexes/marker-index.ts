import type { UncertaintyMarkerRecord } from "../typed-records.js";
import { type CorpusDocument, type Postings, postings, type RecordTable, recordTable } from "./record-table.js";

/** The uncertainty markers of a corpus with their filter indexes. */
export interface MarkerIndex {
  readonly table: RecordTable<UncertaintyMarkerRecord>;
  /** Positions by the id of a record a marker affects. */
  readonly byTarget: Postings;
  readonly byCategory: Postings;
}

/**
 * Indexes the uncertainty markers of the documents by the records they affect and by category.
 *
 * @param documents - The corpus documents.
 * @returns The marker index.
 */
export function markerIndex(documents: readonly CorpusDocument[]): MarkerIndex {
  const table = recordTable(documents, (document) => document.uncertaintyMarkers);
  return {
    table,
    byTarget: postings(table, (marker) => marker.affects),
    byCategory: postings(table, (marker) => [marker.category]),
  };
}
