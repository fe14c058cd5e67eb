import type { QuoteKind } from "../../schema/quote.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { QuoteRecord } from "../typed-records.js";
import { lookup, select } from "./select.js";

/** The filters of `corpus.quotes()`; every filter that is set must match. */
export interface QuoteFilter<Ids extends IdTypes = StringIds> {
  /** Only quotes by this speaker (an entity id). */
  readonly speaker?: Ids["entity"];
  /** Only direct, indirect or mixed quotes. */
  readonly kind?: QuoteKind;
  /** Only quotes about this entity. */
  readonly about?: Ids["entity"];
  /** Only quotes from this document. */
  readonly document?: Ids["document"];
}

/**
 * The quotes that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param filter - The filters.
 * @returns The quotes, frozen.
 */
export function findQuotes(indexes: CorpusIndexes, filter: QuoteFilter): readonly QuoteRecord[] {
  const { table, bySpeaker, byKind, byAbout, byDocument } = indexes.quotes;
  return select(
    table,
    [
      lookup(bySpeaker, filter.speaker),
      lookup(byKind, filter.kind),
      lookup(byAbout, filter.about),
      lookup(byDocument, filter.document),
    ],
    (quote, position) =>
      (filter.speaker === undefined || quote.speaker === filter.speaker) &&
      (filter.kind === undefined || quote.kind === filter.kind) &&
      (filter.about === undefined || quote.about.includes(filter.about)) &&
      (filter.document === undefined || documentIdAt(table, position) === filter.document),
  );
}
