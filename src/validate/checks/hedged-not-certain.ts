import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** Effects that leave the factuality of what they scope unchanged: a number made approximate, a scope narrowed. */
const CERTAINTY_PRESERVING = new Set(["approximates", "limits-scope"]);

/**
 * A record that an uncertainty marker hedges (any effect but `approximates` or `limits-scope`) is not marked certain:
 * an affected claim's author factuality is not CT, an affected temporal expression's certainty is below 1; and when
 * the marker weakens the claimant's view, the claim's claimant factuality is not CT either.
 */
export const hedgedNotCertain: Check = {
  name: "hedged-not-certain",
  description:
    "A claim or date hedged by an uncertainty marker is not marked certain (CT from the author's view, or from the claimant's view when the claimant hedges; certainty 1).",
  run({ document }) {
    const claims = new Map(document.claims.map((claim, index) => [claim.id, { claim, index }]));
    const expressions = new Map(
      document.temporalExpressions.map((expression, index) => [expression.id, { expression, index }]),
    );
    const problems: CheckProblem[] = [];
    for (const marker of document.uncertaintyMarkers) {
      if (CERTAINTY_PRESERVING.has(marker.effect.type)) continue;
      for (const id of marker.affects) {
        const claim = claims.get(id);
        // A hedge the claimant makes (`probably`, `may`) also bars the claimant's own view from being certain.
        if (
          claim &&
          marker.effect.type === "weakens" &&
          marker.effect.view === "claimant" &&
          claim.claim.factuality.claimant.startsWith("CT")
        ) {
          problems.push({
            path: ["claims", claim.index, "factuality", "claimant"],
            message: `is ${claim.claim.factuality.claimant} from the claimant's view, but the claimant hedges it with ${quotedValue(marker.cue.exact)} (${marker.id})`,
            tip: `use the marker's weakened value (${marker.effect.to}) for the claimant's view`,
          });
        }
        if (claim?.claim.factuality.author.startsWith("CT")) {
          problems.push({
            path: ["claims", claim.index, "factuality", "author"],
            message: `is ${claim.claim.factuality.author}, but the claim is hedged by ${quotedValue(marker.cue.exact)} (${marker.id})`,
            tip: "lower the author's factuality (PR, PS or Uu) or remove the claim from the marker's affects",
          });
        }
        const expression = expressions.get(id);
        if (expression && expression.expression.certainty >= 1) {
          problems.push({
            path: ["temporalExpressions", expression.index, "certainty"],
            message: `is 1, but the date is hedged by ${quotedValue(marker.cue.exact)} (${marker.id})`,
            tip: "lower the certainty below 1",
          });
        }
      }
    }
    return problems;
  },
};
