import type { Quantity } from "../../schema/claim.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";
import { statedNumbers } from "../stated-numbers.js";

/** The fields a quantity's approximation fills, in order: `value`, or the bounds. */
const FIELDS: Readonly<Record<Quantity["approximation"], readonly ("value" | "min" | "max")[]>> = {
  exact: ["value"],
  approximate: ["value"],
  "upper-bound": ["max"],
  "lower-bound": ["min"],
  range: ["min", "max"],
};

/**
 * A claim's quantities agree with their words and lie in its evidence: the number a quantity records (its value, or
 * the bound its approximation needs) is a number its span states, in digits (`200,000`, `1.5 million`) or, in
 * English, in words (`four`, `fifth`); a range with two stated numbers records both. Vague amounts (`tens of
 * thousands`, `hundreds`) state no number and are not compared. The quantity's span lies inside the claim's evidence
 * and its cue inside the quantity's span.
 */
export const quantitiesMatchText: Check = {
  name: "quantities-match-text",
  description:
    "A quantity's number is one its words state (200,000; four; fifth), and the quantity lies inside its claim's evidence, its cue inside it.",
  run({ document }) {
    const english = /^en(?:-|$)/i.test(document.document.language);
    const problems: CheckProblem[] = [];
    document.claims.forEach((claim, index) => {
      claim.quantities.forEach((quantity, q) => {
        const path = ["claims", index, "quantities", q];
        const { span, cue } = quantity;
        if (span.start < claim.evidence.start || span.end > claim.evidence.end) {
          problems.push({
            path: [...path, "span"],
            message: `${span.start}-${span.end} lies outside the claim's evidence (${claim.evidence.start}-${claim.evidence.end})`,
            tip: "a quantity is stated in its claim's evidence: widen the evidence or move the quantity to its claim",
          });
        }
        if (cue && (cue.start < span.start || cue.end > span.end)) {
          problems.push({
            path: [...path, "cue"],
            message: `${cue.start}-${cue.end} lies outside the quantity's span (${span.start}-${span.end})`,
            tip: "the quantity's span is the number as written with its cue (`as many as 200,000`)",
          });
        }
        const stated = statedNumbers(span.exact, { words: english });
        if (stated === undefined || stated.length === 0) return;
        const fields = FIELDS[quantity.approximation];
        if (fields.length === 2 && stated.length === 2) {
          const [low, high] = [Math.min(...stated), Math.max(...stated)];
          for (const [field, expected] of [
            ["min", low],
            ["max", high],
          ] as const) {
            if (quantity[field] !== expected)
              problems.push(mismatch(path, field, quantity[field], span.exact, [expected]));
          }
          return;
        }
        if (fields.length !== 1) return;
        const field = fields[0] as "value" | "min" | "max";
        const recorded = quantity[field];
        if (recorded !== undefined && !stated.includes(recorded))
          problems.push(mismatch(path, field, recorded, span.exact, stated));
      });
    });
    return problems;
  },
};

/** The problem of a recorded number that its words do not state. */
function mismatch(
  path: (string | number)[],
  field: string,
  recorded: number | undefined,
  words: string,
  stated: readonly number[],
): CheckProblem {
  const numbers = stated.map((number) => number.toLocaleString("en-US")).join(" or ");
  return {
    path: [...path, field],
    message: `${field} ${recorded} is not what ${quotedValue(words)} states (${numbers})`,
    tip: `record the number as the text states it: ${numbers}`,
  };
}
