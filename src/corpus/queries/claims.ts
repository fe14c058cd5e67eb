import type { ShippedIds } from "../../generated/shipped-ids.js";
import type { AUTHOR } from "../../schema/author.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import { type CertaintyLevel, type FactualityView, factualityValues, type Polarity } from "../factuality-scale.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { factualityKey } from "../indexes/claim-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { ClaimRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, selectIndexed } from "./select.js";

export type { FactualityView } from "../factuality-scale.js";

/** The filters of `corpus.claims()`; every filter that is set must match, and an array means "any of them". */
export interface ClaimFilter<Ids extends IdTypes = ShippedIds> {
  /** Only claims by this entity, or by the article itself (`"author"`), or by any of these. */
  readonly claimant?: OneOrMany<Ids["entity"] | typeof AUTHOR> | undefined;
  /** Only claims about this entity, or about any of these. */
  readonly about?: OneOrMany<Ids["entity"]> | undefined;
  /** Only claims at least this certain on the FactBank scale CT > PR > PS > U, from `view`. */
  readonly minCertainty?: CertaintyLevel | undefined;
  /** Only claims at most this certain on the FactBank scale CT > PR > PS > U, from `view`. */
  readonly maxCertainty?: CertaintyLevel | undefined;
  /** Only claims with this FactBank polarity from `view`: `+`, `-`, or `u` (CTu, Uu). */
  readonly polarity?: Polarity | undefined;
  /**
   * Whose view `minCertainty`, `maxCertainty` and `polarity` read. Defaults to `"claimant"`: how committed the one
   * who makes the claim is. Use `"author"` for what the article itself commits to (a reported claim is usually Uu
   * there).
   */
  readonly view?: FactualityView | undefined;
  /** Only claims with a relation (supports, contradicts, qualifies) to or from this claim, or any of these. */
  readonly relatedTo?: OneOrMany<Ids["claim"]> | undefined;
  /** Only claims from this document, or from any of these. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
}

/**
 * The claims that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The claims, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For a value outside the allowed ones, or a `minCertainty` above `maxCertainty`.
 */
export function findClaims(
  indexes: CorpusIndexes,
  given: ClaimFilter<StringIds> | undefined,
): readonly ClaimRecord<StringIds>[] {
  const filter = checkedFilter<ClaimFilter<StringIds>>("claims", given);
  const { claimant, about, relatedTo, document } = filter;
  const claims = indexes.claims;
  const { table } = claims;
  const view = filter.view ?? "claimant";
  const factualityFiltered =
    filter.minCertainty !== undefined || filter.maxCertainty !== undefined || filter.polarity !== undefined;
  const accepted: readonly string[] = factualityValues(filter);
  const factualityKeys = factualityFiltered ? accepted.map((value) => factualityKey(view, value)) : undefined;
  // The claims that have a relation to or from a wanted claim, by position: the index already holds both directions.
  const related = relatedTo === undefined ? undefined : lookup(() => claims.byRelated, relatedTo);
  const relatedPositions = related === undefined ? undefined : new Set(related.flatMap((list) => Array.from(list)));
  return selectIndexed(
    table,
    [
      lookup(() => claims.byClaimant, claimant),
      lookup(() => claims.byAbout, about),
      lookup(() => claims.byDocument, document),
      related,
      lookup(() => claims.byFactuality, factualityKeys),
    ],
    (claim, position) =>
      (claimant === undefined || isWanted(claim.claimant, claimant)) &&
      (about === undefined || claim.about.some((entity) => isWanted(entity, about))) &&
      (document === undefined || isWanted(documentIdAt(table, position), document)) &&
      (relatedPositions === undefined || relatedPositions.has(position)) &&
      (!factualityFiltered || accepted.includes(claim.factuality[view])),
  );
}
