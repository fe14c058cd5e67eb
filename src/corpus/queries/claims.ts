import type { AUTHOR } from "../../schema/ids.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import { type CertaintyLevel, factualityValues, type Polarity } from "../factuality-scale.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { factualityKey } from "../indexes/claim-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { ClaimRecord } from "../typed-records.js";
import { lookup, select } from "./select.js";

/** Whose commitment a factuality filter reads: the claimant's (the default) or the article author's. */
export type FactualityView = "claimant" | "author";

/** The filters of `corpus.claims()`; every filter that is set must match. */
export interface ClaimFilter<Ids extends IdTypes = StringIds> {
  /** Only claims by this entity, or by the article itself (`"author"`). */
  readonly claimant?: Ids["entity"] | typeof AUTHOR;
  /** Only claims about this entity. */
  readonly about?: Ids["entity"];
  /** Only claims at least this certain on the FactBank scale CT > PR > PS > U, from `view`. */
  readonly minCertainty?: CertaintyLevel;
  /** Only claims with this FactBank polarity from `view`: `+`, `-`, or `u` (CTu, Uu). */
  readonly polarity?: Polarity;
  /**
   * Whose view `minCertainty` and `polarity` read. Defaults to `"claimant"`: how committed the one who makes the
   * claim is. Use `"author"` for what the article itself commits to (a reported claim is usually Uu there).
   */
  readonly view?: FactualityView;
  /** Only claims with a relation (supports, contradicts, qualifies) to or from this claim. */
  readonly relatedTo?: Ids["claim"];
  /** Only claims from this document. */
  readonly document?: Ids["document"];
}

/** Whether either claim has a relation to the other. */
function areRelated(claim: ClaimRecord, other: ClaimRecord): boolean {
  return (
    claim.relations.some((relation) => relation.target === other.id) ||
    other.relations.some((relation) => relation.target === claim.id)
  );
}

/**
 * The claims that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param filter - The filters.
 * @returns The claims, frozen.
 */
export function findClaims(indexes: CorpusIndexes, filter: ClaimFilter): readonly ClaimRecord[] {
  const { table, byClaimant, byAbout, byDocument, byFactuality, byRelated } = indexes.claims;
  const view = filter.view ?? "claimant";
  const factualityFiltered = filter.minCertainty !== undefined || filter.polarity !== undefined;
  const accepted = factualityValues(filter.minCertainty, filter.polarity);
  const factualityKeys = factualityFiltered ? accepted.map((value) => factualityKey(view, value)) : undefined;
  const related = filter.relatedTo === undefined ? undefined : indexes.records.get(filter.relatedTo);
  return select(
    table,
    [
      lookup(byClaimant, filter.claimant),
      lookup(byAbout, filter.about),
      lookup(byDocument, filter.document),
      lookup(byRelated, filter.relatedTo),
      lookup(byFactuality, factualityKeys),
    ],
    (claim, position) =>
      (filter.claimant === undefined || claim.claimant === filter.claimant) &&
      (filter.about === undefined || claim.about.includes(filter.about)) &&
      (filter.document === undefined || documentIdAt(table, position) === filter.document) &&
      (filter.relatedTo === undefined || (related?.kind === "claim" && areRelated(claim, related.record))) &&
      (!factualityFiltered || accepted.includes(claim.factuality[view])),
  );
}
