import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * A temporal expression's span is the temporal words only: in "the 2021 drills" the expression is "2021" and the noun
 * phrase is the event's mention. So no temporal expression's span contains a whole mention of an event entity.
 */
export const timexExcludesEvents: Check = {
  name: "timex-excludes-events",
  description: "No temporal expression's span contains a mention of an event: the span is the temporal words only.",
  run({ document }) {
    const eventMentions = document.entities
      .filter((entity) => entity.kind === "event")
      .flatMap((entity) => entity.mentions.map((mention) => ({ id: entity.id, span: mention.span })));
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      const { start, end } = expression.span;
      for (const mention of eventMentions) {
        if (mention.span.start < start || mention.span.end > end) continue;
        problems.push({
          path: ["temporalExpressions", index, "span"],
          message: `${quotedValue(expression.span.exact)} contains ${quotedValue(mention.span.exact)}, a mention of the event ${quotedValue(mention.id)}`,
          tip: "span the temporal words only (the year in `the 2021 drills`); the noun phrase is the event's mention",
        });
      }
    });
    return problems;
  },
};
