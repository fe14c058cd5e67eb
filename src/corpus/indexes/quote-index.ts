import type { StringIds } from "../id-types.js";
import type { QuoteRecord } from "../typed-records.js";
import { lazyFields, type Postings, postings, postingsByDocument, type RecordTable } from "./record-table.js";

/** The quotes of a corpus with their filter indexes. */
export interface QuoteIndex {
  readonly table: RecordTable<QuoteRecord<StringIds>>;
  readonly bySpeaker: Postings;
  readonly byKind: Postings;
  readonly byAbout: Postings;
  readonly byDocument: Postings;
}

/**
 * Indexes the quotes of the documents by speaker, kind, entity they are about and document, each on first use.
 *
 * @param table - The quotes of the corpus, in corpus order.
 * @returns The quote index.
 */
export function quoteIndex(table: RecordTable<QuoteRecord<StringIds>>): QuoteIndex {
  return lazyFields<QuoteIndex>({
    table: () => table,
    bySpeaker: () => postings(table, (quote) => quote.speaker),
    byKind: () => postings(table, (quote) => quote.kind),
    byAbout: () => postings(table, (quote) => quote.about),
    byDocument: () => postingsByDocument(table),
  });
}
