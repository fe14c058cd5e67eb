import { AUTHOR } from "../../schema/author.js";
import { shownId } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * A claim's parts agree with each other: when the article itself is the claimant, the claimant's and the author's
 * factuality are one view and equal; the quote a claim is made in is spoken by its claimant; and its relations never
 * point at the claim itself, nor both support and contradict the same claim.
 */
export const claimsConsistent: Check = {
  name: "claims-consistent",
  description:
    "An author's claim has one factuality for both views, a claim's quote is spoken by its claimant, and no claim relates to itself or both supports and contradicts another.",
  run({ document }) {
    const speakers = new Map(document.quotes.map((quote) => [quote.id, quote.speaker]));
    // A speaker or claimant that names no entity is references-resolve's to report, not a second problem here.
    const entities = new Set(document.entities.map((entity) => entity.id));
    const problems: CheckProblem[] = [];
    document.claims.forEach((claim, index) => {
      const path = ["claims", index];
      const { claimant, author } = claim.factuality;
      if (claim.claimant === AUTHOR && claimant !== author) {
        problems.push({
          path: [...path, "factuality", "claimant"],
          message: `is ${claimant}, but the author's view is ${author}: the claimant is the author, so the two views are one`,
          tip: `give both views the same value (the author's ${author}, if that is the author's commitment)`,
        });
      }
      const speaker = claim.quote === undefined ? undefined : speakers.get(claim.quote);
      const known =
        speaker !== undefined && entities.has(speaker) && (claim.claimant === AUTHOR || entities.has(claim.claimant));
      if (known && speaker !== claim.claimant) {
        problems.push({
          path: [...path, "quote"],
          message: `quote ${shownId(claim.quote ?? "")} is spoken by ${shownId(speaker)}, but the claim's claimant is ${shownId(claim.claimant)}`,
          tip: "a claim made in a quote has the quote's speaker as claimant; or the claim comes from another source",
        });
      }
      const types = new Map<string, string>();
      claim.relations.forEach((relation, r) => {
        if (relation.target === claim.id) {
          problems.push({
            path: [...path, "relations", r, "target"],
            message: `${relation.type} the claim itself`,
            tip: "a relation links two different claims",
          });
          return;
        }
        const earlier = types.get(relation.target);
        const opposed =
          (earlier === "supports" && relation.type === "contradicts") ||
          (earlier === "contradicts" && relation.type === "supports");
        if (opposed) {
          problems.push({
            path: [...path, "relations", r, "type"],
            message: `${relation.type} ${shownId(relation.target)}, which the claim also ${earlier}`,
            tip: "a claim either supports or contradicts another; use qualifies where it does some of each",
          });
        }
        if (earlier === undefined || earlier === "qualifies") types.set(relation.target, relation.type);
      });
    });
    return problems;
  },
};
