import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { JsonRecord } from "../data-copy.js";
import type { Mutation } from "./mutation.js";

/** Effects that leave factuality unchanged: such a marker may scope a certain record. */
const CERTAINTY_PRESERVING = new Set(["approximates", "limits-scope"]);

/**
 * Hedged records marked certain: every claim that a hedging marker (not an approximator or scope narrower) affects
 * set to CT+, CT- and CTu from the author's view; every claim a marker weakens from the claimant's view set to CT+
 * from the claimant's view; every hedged date given certainty 1.
 */
export function hedgedMarkedCertain(document: AnnotatedDocument): Mutation[] {
  const claims = new Map(document.claims.map((claim, index) => [claim.id, index]));
  const expressions = new Map(document.temporalExpressions.map((expression, index) => [expression.id, index]));
  const seen = new Set<string>();
  const mutations: Mutation[] = [];
  const once = (key: string, mutation: () => Mutation) => {
    if (seen.has(key)) return;
    seen.add(key);
    mutations.push(mutation());
  };
  for (const marker of document.uncertaintyMarkers) {
    if (CERTAINTY_PRESERVING.has(marker.effect.type)) continue;
    const claimantView = marker.effect.type === "weakens" && marker.effect.view === "claimant";
    for (const id of marker.affects) {
      const claim = claims.get(id);
      if (claim !== undefined) {
        for (const value of ["CT+", "CT-", "CTu"]) {
          once(`${id} author ${value}`, () => ({
            kind: "hedged claim certain (author)",
            description: `claims.${claim}.factuality.author -> ${value} (hedged by ${marker.id})`,
            apply: (json: JsonRecord) => {
              json.claims[claim].factuality.author = value;
            },
            check: "hedged-not-certain",
            path: ["claims", claim, "factuality", "author"],
          }));
        }
        if (claimantView) {
          once(`${id} claimant`, () => ({
            kind: "hedged claim certain (claimant)",
            description: `claims.${claim}.factuality.claimant -> CT+ (weakened for the claimant by ${marker.id})`,
            apply: (json: JsonRecord) => {
              json.claims[claim].factuality.claimant = "CT+";
            },
            check: "hedged-not-certain",
            path: ["claims", claim, "factuality", "claimant"],
          }));
        }
      }
      const expression = expressions.get(id);
      if (expression !== undefined) {
        once(`${id} certainty`, () => ({
          kind: "hedged date certain",
          description: `temporalExpressions.${expression}.certainty -> 1 (hedged by ${marker.id})`,
          apply: (json: JsonRecord) => {
            json.temporalExpressions[expression].certainty = 1;
          },
          check: "hedged-not-certain",
          path: ["temporalExpressions", expression, "certainty"],
        }));
      }
    }
  }
  return mutations;
}
