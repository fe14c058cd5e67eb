import type { QuoteKind } from "../../generated/record-types.js";
import type { ShippedIds } from "../../generated/shipped-ids.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { QuoteRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, selectIndexed } from "./select.js";

/** The filters of `corpus.quotes()`; every filter that is set must match, and an array means "any of them". */
export interface QuoteFilter<Ids extends IdTypes = ShippedIds> {
  /** Only quotes by this speaker (an entity id), or by any of these. */
  readonly speaker?: OneOrMany<Ids["entity"]> | undefined;
  /** Only direct, indirect or mixed quotes. */
  readonly kind?: OneOrMany<QuoteKind> | undefined;
  /** Only quotes about this entity, or about any of these. */
  readonly about?: OneOrMany<Ids["entity"]> | undefined;
  /** Only quotes from this document, or from any of these. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
}

/**
 * The quotes that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The quotes, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For a kind that does not exist.
 */
export function findQuotes(
  indexes: CorpusIndexes,
  given: QuoteFilter<StringIds> | undefined,
): readonly QuoteRecord<StringIds>[] {
  const { speaker, kind, about, document } = checkedFilter<QuoteFilter<StringIds>>("quotes", given);
  const quotes = indexes.quotes;
  const { table } = quotes;
  return selectIndexed(
    table,
    [
      lookup(() => quotes.bySpeaker, speaker),
      lookup(() => quotes.byKind, kind),
      lookup(() => quotes.byAbout, about),
      lookup(() => quotes.byDocument, document),
    ],
    (quote, position) =>
      (speaker === undefined || isWanted(quote.speaker, speaker)) &&
      (kind === undefined || isWanted(quote.kind, kind)) &&
      (about === undefined || quote.about.some((entity) => isWanted(entity, about))) &&
      (document === undefined || isWanted(documentIdAt(table, position), document)),
  );
}
