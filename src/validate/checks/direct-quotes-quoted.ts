import type { Check, CheckProblem } from "../check.js";

const OPENING = /[“«]/g;
const CLOSING = /[”»]/g;

/** Indexes of every match of a global pattern in a text. */
function indexesOf(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/**
 * Whether `start..end` lies inside one pair of typographic quotation marks (“ ” or « »): the last mark before it
 * opens, the first mark after it closes, and no mark lies inside it.
 */
function isInsideQuotationMarks(text: string, start: number, end: number): boolean {
  const openings = indexesOf(text, OPENING);
  const closings = indexesOf(text, CLOSING);
  const lastOpening = Math.max(-1, ...openings.filter((index) => index < start));
  const lastClosing = Math.max(-1, ...closings.filter((index) => index < start));
  const nextClosing = closings.find((index) => index >= end);
  const nextOpening = openings.find((index) => index >= end) ?? Number.POSITIVE_INFINITY;
  const markInside = [...openings, ...closings].some((index) => index >= start && index < end);
  return lastOpening > lastClosing && nextClosing !== undefined && nextClosing < nextOpening && !markInside;
}

/** A direct quote's content lies inside quotation marks in the source text. */
export const directQuotesQuoted: Check = {
  name: "direct-quotes-quoted",
  description: "Every direct quote's content lies between an opening and a closing quotation mark (“ ” or « »).",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.quotes.forEach((quote, index) => {
      if (quote.kind !== "direct" || isInsideQuotationMarks(document.text, quote.content.start, quote.content.end)) return;
      problems.push({
        path: ["quotes", index, "content"],
        message: "a direct quote's content must lie inside quotation marks",
        tip: 'use kind "indirect" for reported speech, or fix the span',
      });
    });
    return problems;
  },
};
