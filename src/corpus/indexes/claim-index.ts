import type { StringIds } from "../id-types.js";
import type { ClaimRecord } from "../typed-records.js";
import { lazyFields, type Postings, postings, postingsByDocument, type RecordTable } from "./record-table.js";

/** The claims of a corpus with their filter indexes. */
export interface ClaimIndex {
  readonly table: RecordTable<ClaimRecord<StringIds>>;
  readonly byClaimant: Postings;
  readonly byAbout: Postings;
  readonly byDocument: Postings;
  /** Positions by `factualityKey(view, value)`. */
  readonly byFactuality: Postings;
  /** Positions of the claims with a relation to or from a claim, by that claim's id. */
  readonly byRelated: Postings;
}

/**
 * The key of the factuality index: a view and a FactBank value.
 *
 * @param view - Whose view.
 * @param value - A FactBank value.
 * @returns The key, e.g. `claimant CT+`.
 *
 * @example
 * factualityKey("author", "Uu")
 * //=> "author Uu"
 */
export function factualityKey(view: "claimant" | "author", value: string): string {
  return `${view} ${value}`;
}

/** Positions of the claims related to each claim, in either direction, ascending and without repeats. */
function relatedPositions(table: RecordTable<ClaimRecord<StringIds>>): Postings {
  const positionOf = new Map(table.records.map((claim, position) => [claim.id, position]));
  const related = new Map<string, Set<number>>();
  const link = (id: string, position: number | undefined) => {
    if (position === undefined) return;
    const set = related.get(id) ?? new Set<number>();
    related.set(id, set.add(position));
  };
  table.records.forEach((claim, position) => {
    for (const relation of claim.relations) {
      link(relation.target, position);
      link(claim.id, positionOf.get(relation.target));
    }
  });
  return new Map([...related].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}

/**
 * Indexes the claims of the documents by claimant, entity they are about, document, factuality from each view and
 * related claims; each of these is built on first use.
 *
 * @param table - The claims of the corpus, in corpus order.
 * @returns The claim index.
 */
export function claimIndex(table: RecordTable<ClaimRecord<StringIds>>): ClaimIndex {
  return lazyFields<ClaimIndex>({
    table: () => table,
    byClaimant: () => postings(table, (claim) => claim.claimant),
    byAbout: () => postings(table, (claim) => claim.about),
    byDocument: () => postingsByDocument(table),
    byFactuality: () =>
      postings(table, (claim) => [
        factualityKey("claimant", claim.factuality.claimant),
        factualityKey("author", claim.factuality.author),
      ]),
    byRelated: () => relatedPositions(table),
  });
}
