import type { Span } from "../schema/span.js";

/** How many UTF-16 code units of text before and after a span are kept as its `prefix` and `suffix`. */
export const CONTEXT_LENGTH = 32;

/**
 * The span of `text` from `start` to `end`, with its exact text and the context around it (clipped at the ends of the
 * text), as the W3C TextQuoteSelector keeps it so that the span can be found again after the text is edited.
 *
 * @param text - The source text.
 * @param start - The first UTF-16 code unit covered.
 * @param end - One past the last code unit covered.
 * @returns The span with `exact`, `prefix` and `suffix`.
 *
 * @example
 * spanAt("Putin met Lukashenko on Thursday.", 10, 20)
 * //=> { start: 10, end: 20, exact: "Lukashenko", prefix: "Putin met ", suffix: " on Thursday." }
 */
export function spanAt(text: string, start: number, end: number): Span {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Every offset at which `exact` occurs in `text`, in order (overlapping occurrences included).
 *
 * @param text - The text to search.
 * @param exact - The text to find (not empty).
 * @returns The start offsets.
 *
 * @example
 * occurrencesOf("said, and said again", "said")
 * //=> [0, 10]
 */
export function occurrencesOf(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}
