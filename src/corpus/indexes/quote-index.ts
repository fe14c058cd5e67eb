import type { QuoteRecord } from "../typed-records.js";
import {
  type CorpusDocument,
  type Postings,
  postings,
  postingsByDocument,
  type RecordTable,
  recordTable,
} from "./record-table.js";

/** The quotes of a corpus with their filter indexes. */
export interface QuoteIndex {
  readonly table: RecordTable<QuoteRecord>;
  readonly bySpeaker: Postings;
  readonly byKind: Postings;
  readonly byAbout: Postings;
  readonly byDocument: Postings;
}

/**
 * Indexes the quotes of the documents by speaker, kind, entity they are about and document.
 *
 * @param documents - The corpus documents.
 * @returns The quote index.
 */
export function quoteIndex(documents: readonly CorpusDocument[]): QuoteIndex {
  const table = recordTable(documents, (document) => document.quotes);
  return {
    table,
    bySpeaker: postings(table, (quote) => [quote.speaker]),
    byKind: postings(table, (quote) => [quote.kind]),
    byAbout: postings(table, (quote) => quote.about),
    byDocument: postingsByDocument(table),
  };
}
