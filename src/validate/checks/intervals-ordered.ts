import { intervalEndpoints, tryEdtfBounds } from "../../dates/edtf-bounds.js";
import type { Check, CheckProblem } from "../check.js";

/** Date intervals start no later than they end, and quantity ranges have `min <= max`. */
export const intervalsOrdered: Check = {
  name: "intervals-ordered",
  description: "EDTF intervals start before they end, and quantity ranges have min <= max.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      if (expression.type !== "DATE" && expression.type !== "TIME") return;
      const endpoints = intervalEndpoints(expression.value);
      if (!endpoints) return;
      const [start, end] = endpoints;
      if (start.kind !== "value" || end.kind !== "value") return;
      const startsAt = tryEdtfBounds(start.value)?.min ?? undefined;
      const endsAt = tryEdtfBounds(end.value)?.max ?? undefined;
      if (startsAt !== undefined && endsAt !== undefined && startsAt > endsAt) {
        problems.push({
          path: ["temporalExpressions", index, "value"],
          message: `interval "${expression.value}" ends before it starts`,
          tip: `write it as "${end.value}/${start.value}"`,
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
