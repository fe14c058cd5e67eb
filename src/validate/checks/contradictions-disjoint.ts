import type { Quantity } from "../../schema/claim.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** The numbers a quantity allows: a point for an exact or approximate value, a bound or a range otherwise. */
function interval(quantity: Quantity): { readonly min: number; readonly max: number } {
  switch (quantity.approximation) {
    case "exact":
    case "approximate":
      return { min: quantity.value ?? Number.NaN, max: quantity.value ?? Number.NaN };
    case "upper-bound":
      return { min: Number.NEGATIVE_INFINITY, max: quantity.max ?? Number.NaN };
    case "lower-bound":
      return { min: quantity.min ?? Number.NaN, max: Number.POSITIVE_INFINITY };
    case "range":
      return { min: quantity.min ?? Number.NaN, max: quantity.max ?? Number.NaN };
  }
}

/**
 * Two claims marked as contradicting each other cannot both hold: where both state a number of the same unit, the
 * numbers they allow do not overlap. An upper bound of 200,000 allows tens of thousands, so an emphatic `as many as
 * 200,000` that tens of thousands contradicts is an approximate 200,000, not an upper bound.
 */
export const contradictionsDisjoint: Check = {
  name: "contradictions-disjoint",
  description:
    "Claims that contradict each other do not state compatible numbers: quantities of the same unit allow no common value.",
  run({ document }) {
    const claims = new Map(document.claims.map((claim) => [claim.id, claim]));
    const problems: CheckProblem[] = [];
    document.claims.forEach((claim, index) => {
      claim.relations.forEach((relation, r) => {
        const target = relation.type === "contradicts" ? claims.get(relation.target) : undefined;
        if (target === undefined) return;
        for (const mine of claim.quantities) {
          for (const theirs of target.quantities) {
            if (mine.unit !== theirs.unit) continue;
            const a = interval(mine);
            const b = interval(theirs);
            if (a.max < b.min || b.max < a.min) continue;
            problems.push({
              path: ["claims", index, "relations", r],
              message: `contradicts ${quotedValue(target.id)}, but ${quotedValue(mine.span.exact)} (${mine.approximation}) and ${quotedValue(theirs.span.exact)} (${theirs.approximation}) allow the same number of ${mine.unit}`,
              tip: "an emphatic `as many as N` states about N (`approximate`); or the relation is `qualifies`, not `contradicts`",
            });
          }
        }
      });
    });
    return problems;
  },
};
