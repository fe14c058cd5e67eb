import type { StringIds } from "../id-types.js";
import type { ClaimIndex } from "../indexes/claim-index.js";
import type { ClaimRecord } from "../typed-records.js";

/** Two claims that contradict each other, with the reasons the relations give. */
export interface ClaimConflict<Claim = ClaimRecord> {
  /** The two claims: the one whose `contradicts` relation was found first, then its target. */
  readonly claims: readonly [Claim, Claim];
  /** The `reason` of each `contradicts` relation between the two (in either direction) that gives one. */
  readonly reasons: readonly string[];
}

/**
 * Every pair of claims joined by a `contradicts` relation, each unordered pair once, in corpus order of the claim
 * that states the first such relation.
 *
 * @param claims - The claim index.
 * @param claimById - The claim with an id (the corpus's id map of claims, shared with `claim(id)`).
 * @returns The conflicts, frozen.
 */
export function findConflicts(
  claims: ClaimIndex,
  claimById: (id: string) => ClaimRecord<StringIds> | undefined,
): readonly ClaimConflict<ClaimRecord<StringIds>>[] {
  const byId = { get: claimById };
  const pairs = new Map<
    string,
    { claims: readonly [ClaimRecord<StringIds>, ClaimRecord<StringIds>]; reasons: string[] }
  >();
  for (const claim of claims.table.records) {
    for (const relation of claim.relations) {
      const target = byId.get(relation.target);
      if (relation.type !== "contradicts" || target === undefined) continue;
      const key = [claim.id, target.id].sort().join("\u0000");
      const pair = pairs.get(key) ?? { claims: [claim, target] as const, reasons: [] };
      if (relation.reason !== undefined) pair.reasons.push(relation.reason);
      pairs.set(key, pair);
    }
  }
  return Object.freeze(
    [...pairs.values()].map((pair) =>
      Object.freeze({ claims: Object.freeze(pair.claims), reasons: Object.freeze(pair.reasons) }),
    ),
  );
}
