import type { Span } from "../../schema/span.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import type { TextPositionSelector, TextQuoteSelector } from "./web-annotation.js";

/** How many code points of context a `TextQuoteSelector` keeps on each side, as the annotation guide asks. */
const CONTEXT_LENGTH = 32;

/**
 * The W3C selectors of a span: a `TextQuoteSelector` whose prefix and suffix are taken from the text (up to 32
 * code points, never splitting a character), and a `TextPositionSelector` in code points.
 *
 * @param codePoints - The text as an array of code points, `[...text]`.
 * @param toCodePoint - The text's UTF-16 to code point offset converter (`codePointOffsets(text)`).
 * @param span - A span of the text (UTF-16 offsets).
 * @returns The two selectors.
 *
 * @example
 * textSelectors([..."𝕏 Putin said"], codePointOffsets("𝕏 Putin said"), { start: 3, end: 8, exact: "Putin" })[1]
 * //=> { type: "TextPositionSelector", start: 2, end: 7 }
 */
export function textSelectors(
  codePoints: readonly string[],
  toCodePoint: (utf16Offset: number) => number,
  span: DeepReadonly<Span>,
): [TextQuoteSelector, TextPositionSelector] {
  const start = toCodePoint(span.start);
  const end = toCodePoint(span.end);
  return [
    {
      type: "TextQuoteSelector",
      exact: span.exact,
      prefix: codePoints.slice(Math.max(0, start - CONTEXT_LENGTH), start).join(""),
      suffix: codePoints.slice(end, end + CONTEXT_LENGTH).join(""),
    },
    { type: "TextPositionSelector", start, end },
  ];
}
