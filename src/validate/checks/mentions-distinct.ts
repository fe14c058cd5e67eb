import type { Span } from "../../schema/span.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * The index of the earlier mention that each mention repeats (the same start and end), by mention; `undefined` for a
 * first occurrence. Mentions are listed in text order, where a repeat sits right after what it repeats and one pass
 * finds it; a list out of order falls back to a map of what was seen.
 */
function repeatedMentions(mentions: readonly { readonly span: Span }[], stride: number): (number | undefined)[] {
  // One number per stretch, in text order (offsets are below the text's length limit: the product stays exact).
  const keys = mentions.map(({ span }) => span.start * stride + span.end);
  const repeats = new Array<number | undefined>(keys.length).fill(undefined);
  let ordered = true;
  for (let index = 1; index < keys.length && ordered; index++)
    ordered = (keys[index] as number) >= (keys[index - 1] as number);
  if (ordered) {
    let firstOfRun = 0;
    for (let index = 1; index < keys.length; index++) {
      if (keys[index] === keys[index - 1]) repeats[index] = firstOfRun;
      else firstOfRun = index;
    }
    return repeats;
  }
  const first = new Map<number, number>();
  keys.forEach((key, index) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else repeats[index] = earlier;
  });
  return repeats;
}

/**
 * An entity lists each of its mentions once: a second mention at the same offsets counts the same words twice (in
 * mention counts, the reading view and every export).
 */
export const mentionsDistinct: Check = {
  name: "mentions-distinct",
  description: "No entity lists the same mention (the same start and end) twice.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    const stride = document.text.length + 1;
    document.entities.forEach((entity, index) => {
      // One mention repeats none (33 of the 57 entities of the bench's documents have one).
      if (entity.mentions.length < 2) return;
      repeatedMentions(entity.mentions, stride).forEach((earlier, mention) => {
        if (earlier === undefined) return;
        const { span } = entity.mentions[mention] as { span: Span };
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
