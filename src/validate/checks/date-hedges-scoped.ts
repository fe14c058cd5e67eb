import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * A marker bears on a date only when the date is what it governs. An evidential (`attributes`) makes every date of
 * the reported words the source's; any other cue affects a temporal expression only when its scope is that
 * expression with the cue (`probably on Thursday`), not when it hedges the event the date places (`may sign the
 * agreements on Thursday evening` hedges the signing, not Thursday evening).
 */
export const dateHedgesScoped: Check = {
  name: "date-hedges-scoped",
  description:
    "A marker that does not attribute affects a temporal expression only when its scope is that expression and the cue.",
  run({ document }) {
    const expressions = new Map(document.temporalExpressions.map((expression) => [expression.id, expression]));
    const problems: CheckProblem[] = [];
    document.uncertaintyMarkers.forEach((marker, index) => {
      if (marker.effect.type === "attributes") return;
      marker.affects.forEach((id, k) => {
        const expression = expressions.get(id);
        if (expression === undefined) return;
        const start = Math.min(expression.span.start, marker.cue.start);
        const end = Math.max(expression.span.end, marker.cue.end);
        if (marker.scope.start >= start && marker.scope.end <= end) return;
        problems.push({
          path: ["uncertaintyMarkers", index, "affects", k],
          message: `${quotedValue(marker.cue.exact)} governs ${quotedValue(marker.scope.exact)}, not the date ${quotedValue(expression.span.exact)} alone`,
          tip: "a hedge on an event affects the event's claims and quotes; list a date only when the cue hedges the date itself",
        });
      });
    });
    return problems;
  },
};
