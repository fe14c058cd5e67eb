import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * An entity lists each of its mentions once: a second mention at the same offsets counts the same words twice (in
 * mention counts, the reading view and every export).
 */
export const mentionsDistinct: Check = {
  name: "mentions-distinct",
  description: "No entity lists the same mention (the same start and end) twice.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.entities.forEach((entity, index) => {
      const first = new Map<string, number>();
      entity.mentions.forEach(({ span }, mention) => {
        const key = `${span.start}:${span.end}`;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, mention);
          return;
        }
        problems.push({
          path: ["entities", index, "mentions", mention, "span"],
          message: `repeats mention ${earlier} (${quotedValue(span.exact)} at ${span.start}-${span.end})`,
          tip: "remove the repeated mention",
        });
      });
    });
    return problems;
  },
};
