import { edtfBounds, intervalEndpoints, tryEdtfBounds } from "../../dates/edtf-bounds.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** The `edtf` parser's first line of complaint about a whole interval, or undefined when it parses. */
function wholeIntervalError(value: string): string | undefined {
  try {
    edtfBounds(value);
    return undefined;
  } catch (error) {
    return String((error as Error).message).split("\n")[0];
  }
}

/**
 * Date intervals start before they end, and quantity ranges have `min <= max`. An interval whose endpoints each parse
 * as EDTF must also parse as a whole, as the corpus parses it: `2021-09-09/2021-09-09` (a day to itself) and
 * `2021-09-10/2021-09` (an end that does not come after the start) do not.
 */
export const intervalsOrdered: Check = {
  name: "intervals-ordered",
  description: "EDTF intervals start before they end and parse as a whole, and quantity ranges have min <= max.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      if (expression.type !== "DATE" && expression.type !== "TIME") return;
      const endpoints = intervalEndpoints(expression.value);
      if (!endpoints) return;
      const [start, end] = endpoints;
      if (start.kind !== "value" || end.kind !== "value") return;
      const startBounds = tryEdtfBounds(start.value);
      const endBounds = tryEdtfBounds(end.value);
      // An endpoint that does not parse alone is reported by edtf-parses.
      if (startBounds === undefined || endBounds === undefined) return;
      const path = ["temporalExpressions", index, "value"];
      const startsAt = startBounds.min ?? undefined;
      const endsAt = endBounds.max ?? undefined;
      if (startsAt !== undefined && endsAt !== undefined && startsAt > endsAt) {
        problems.push({
          path,
          message: `interval ${quotedValue(expression.value)} ends before it starts`,
          tip: `write it as ${quotedValue(`${end.value}/${start.value}`)}`,
        });
        return;
      }
      const whole = wholeIntervalError(expression.value);
      if (whole !== undefined) {
        problems.push({
          path,
          message: `interval ${quotedValue(expression.value)} does not parse as a whole: ${whole}`,
          tip: `an interval ends after it starts: write a single day or month without "/" (${quotedValue(start.value)}), or end it later`,
        });
      }
    });
    document.claims.forEach((claim, index) => {
      claim.quantities.forEach((quantity, q) => {
        if (quantity.min !== undefined && quantity.max !== undefined && quantity.min > quantity.max) {
          problems.push({
            path: ["claims", index, "quantities", q, "min"],
            message: `range min ${quantity.min} is greater than max ${quantity.max}`,
          });
        }
      });
    });
    return problems;
  },
};
