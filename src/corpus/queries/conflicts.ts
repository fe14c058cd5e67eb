import type { StringIds } from "../id-types.js";
import type { ClaimIndex } from "../indexes/claim-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { ClaimRecord } from "../typed-records.js";
import { disjointPairs } from "./disjoint-pairs.js";
import { disjoint, quantityInterval } from "./quantity-interval.js";

/** Two claims that cannot both hold, with why. */
export interface ClaimConflict<Claim = ClaimRecord, DocumentId extends string = string> {
  /** The two claims: the one whose `contradicts` relation was found first, then its target; or in corpus order. */
  readonly claims: readonly [Claim, Claim];
  /** The ids of the documents of the two claims, in the same order. */
  readonly documents: readonly [DocumentId, DocumentId];
  /**
   * `relation`: a `contradicts` relation joins them (in either direction). `quantities`: they come from different
   * documents, are about the same referent, and state quantities of the same unit that share no value (two troop
   * figures for the same exercise).
   */
  readonly basis: "relation" | "quantities";
  /** The `reason` of each `contradicts` relation that gives one; for quantities, the two figures. */
  readonly reasons: readonly string[];
}

type Conflict = ClaimConflict<ClaimRecord<StringIds>, string>;

/** The key of an unordered pair of claims. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The pairs joined by `contradicts` relations, in corpus order of the claim that states the first such relation. */
function relationConflicts(claims: ClaimIndex, found: Map<string, Conflict & { reasons: string[] }>): void {
  const { table } = claims;
  const positionOf = new Map(table.records.map((claim, position) => [claim.id, position]));
  table.records.forEach((claim, position) => {
    for (const relation of claim.relations) {
      const target = positionOf.get(relation.target);
      if (relation.type !== "contradicts" || target === undefined) continue;
      const key = pairKey(claim.id, relation.target);
      let conflict = found.get(key);
      if (conflict === undefined) {
        conflict = {
          claims: [claim, table.records[target] as ClaimRecord<StringIds>],
          documents: [documentIdAt(table, position), documentIdAt(table, target)],
          basis: "relation",
          reasons: [],
        };
        found.set(key, conflict);
      }
      if (relation.reason !== undefined) conflict.reasons.push(relation.reason);
    }
  });
}

/** A claim's quantities of one unit that have an interval, with where the claim sits in the table. */
interface Figures {
  readonly position: number;
  readonly figures: readonly { readonly exact: string; readonly interval: readonly [number, number] }[];
}

/** The claims with quantities, grouped by a referent they are about and the unit (ignoring case) of the quantity. */
function figuresByReferentAndUnit(claims: ClaimIndex): Map<string, Figures[]> {
  const groups = new Map<string, Figures[]>();
  claims.table.records.forEach((claim, position) => {
    const byUnit = new Map<string, { exact: string; interval: readonly [number, number] }[]>();
    for (const quantity of claim.quantities) {
      const interval = quantityInterval(quantity);
      if (interval === undefined) continue;
      const unit = quantity.unit.trim().toLowerCase();
      const figures = byUnit.get(unit) ?? [];
      figures.push({ exact: quantity.span.exact, interval });
      byUnit.set(unit, figures);
    }
    for (const [unit, figures] of byUnit) {
      for (const referent of new Set(claim.about)) {
        const key = `${referent}\u0000${unit}`;
        const group = groups.get(key) ?? [];
        group.push({ position, figures });
        groups.set(key, group);
      }
    }
  });
  return groups;
}

/** A figure of a claim in a group, and which of the group's claims states it. */
interface GroupFigure {
  readonly claim: number;
  readonly interval: readonly [number, number];
}

/**
 * The pairs of a group's claims, by index into the group (lower first), that come from different documents and
 * state some figures that share no value. Only the disjoint figures are enumerated (see `disjointPairs`), so a group
 * of a thousand agreeing figures costs a sort rather than every pair.
 */
function clashingClaims(group: readonly Figures[], table: ClaimIndex["table"]): [number, number][] {
  const figures: GroupFigure[] = group.flatMap((entry, claim) =>
    entry.figures.map(({ interval }) => ({ claim, interval })),
  );
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [below, above] of disjointPairs(figures.map(({ interval }) => interval))) {
    const [x, y] = [(figures[below] as GroupFigure).claim, (figures[above] as GroupFigure).claim];
    const [one, other] = x < y ? [x, y] : [y, x];
    const key = one * group.length + other;
    if (one === other || seen.has(key)) continue;
    seen.add(key);
    const [first, second] = [group[one] as Figures, group[other] as Figures];
    if (documentIdAt(table, first.position) !== documentIdAt(table, second.position)) pairs.push([one, other]);
  }
  return pairs;
}

/** The pairs of claims of different documents whose figures for the same referent and unit cannot both hold. */
function quantityConflicts(claims: ClaimIndex, found: Map<string, Conflict & { reasons: string[] }>): void {
  const { table } = claims;
  const pairs: { first: number; second: number; reason: string }[] = [];
  for (const [key, group] of figuresByReferentAndUnit(claims)) {
    const unit = key.slice(key.indexOf("\u0000") + 1);
    for (const [index, otherIndex] of clashingClaims(group, table)) {
      const [one, other] = [group[index] as Figures, group[otherIndex] as Figures];
      const [a, b] = [documentIdAt(table, one.position), documentIdAt(table, other.position)];
      // The reason names the first clash in the order the claims list their figures, whichever pair was found.
      const clash = one.figures
        .flatMap((left) => other.figures.map((right) => [left, right] as const))
        .find(([left, right]) => disjoint(left.interval, right.interval));
      if (clash === undefined) continue;
      const reason = `${a} gives "${clash[0].exact}" ${unit} and ${b} "${clash[1].exact}": the figures cannot both hold`;
      pairs.push({ first: one.position, second: other.position, reason });
    }
  }
  // Stable: a pair that clashes for several referents or units keeps the reason of the group seen first.
  pairs.sort((x, y) => x.first - y.first || x.second - y.second);
  for (const { first, second, reason } of pairs) {
    const [one, other] = [
      table.records[first] as ClaimRecord<StringIds>,
      table.records[second] as ClaimRecord<StringIds>,
    ];
    const key = pairKey(one.id, other.id);
    if (found.has(key)) continue;
    found.set(key, {
      claims: [one, other],
      documents: [documentIdAt(table, first), documentIdAt(table, second)],
      basis: "quantities",
      reasons: [reason],
    });
  }
}

/**
 * Every pair of claims that cannot both hold, each unordered pair once: first the pairs joined by a `contradicts`
 * relation, in corpus order of the claim that states the first such relation; then the pairs of claims of different
 * documents about the same referent whose quantities of the same unit share no value, in corpus order. The second
 * kind sorts the figures of each referent and unit and enumerates only the figures that share no value, so it costs
 * O(n log n) in the figures plus the clashing pairs, not every pair of claims about a referent.
 *
 * @param claims - The claim index.
 * @returns The conflicts, frozen.
 */
export function findConflicts(claims: ClaimIndex): readonly ClaimConflict<ClaimRecord<StringIds>>[] {
  const found = new Map<string, Conflict & { reasons: string[] }>();
  relationConflicts(claims, found);
  quantityConflicts(claims, found);
  return Object.freeze(
    [...found.values()].map((conflict) =>
      Object.freeze({
        claims: Object.freeze(conflict.claims),
        documents: Object.freeze(conflict.documents),
        basis: conflict.basis,
        reasons: Object.freeze(conflict.reasons),
      }),
    ),
  );
}
