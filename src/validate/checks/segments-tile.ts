import { quotedValue, shownId } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** The stretch of `text` between `from` and `to` without its leading and trailing whitespace, or undefined if blank. */
function readableBetween(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const gap = text.slice(from, to);
  const start = gap.search(/\S/u);
  if (start < 0) return undefined;
  return { start: from + start, end: from + gap.trimEnd().length };
}

/**
 * The segments tile the text: listed in text order, none overlapping the next (so no span inside a paragraph can reach
 * page furniture), and only whitespace between them and around them. The document has exactly one headline, and its
 * title is the headline's text as printed.
 */
export const segmentsTile: Check = {
  name: "segments-tile",
  description:
    "Segments cover the text in order without overlap (only whitespace between them), there is exactly one headline, and the title equals it.",
  run({ document }) {
    const { text } = document;
    const { segments, title } = document.document;
    const problems: CheckProblem[] = [];
    const unsegmented = (stretch: { start: number; end: number }, path: (string | number)[]): CheckProblem => ({
      path,
      message: `the text ${quotedValue(text.slice(stretch.start, stretch.end))} at ${stretch.start}-${stretch.end} is in no segment`,
      tip: "every part of the text belongs to a segment (a headline, a paragraph or page furniture)",
    });
    const at = (index: number, ...rest: (string | number)[]) => ["document", "segments", index, ...rest];
    // How far the segments so far reach, and which of them reaches that far.
    let covered = 0;
    let reaching: (typeof segments)[number] | undefined;
    segments.forEach((segment, index) => {
      const { start, end } = segment.span;
      if (reaching && start < covered) {
        problems.push({
          path: at(index, "span", "start"),
          message: `starts at ${start}, inside an earlier segment (${shownId(reaching.id)}, ${reaching.span.start}-${reaching.span.end}): segments are listed in text order and never overlap`,
          tip: `start it at ${covered} or later, or end ${shownId(reaching.id)} earlier`,
        });
      } else {
        const outside = readableBetween(text, covered, Math.min(start, text.length));
        if (outside)
          problems.push(unsegmented(outside, index === 0 ? at(index, "span", "start") : at(index - 1, "span", "end")));
      }
      if (end > covered) {
        covered = end;
        reaching = segment;
      }
    });
    const after = readableBetween(text, covered, text.length);
    if (after) problems.push(unsegmented(after, at(segments.length - 1, "span", "end")));
    const headlines = segments.flatMap((segment, index) => (segment.kind === "headline" ? [index] : []));
    if (headlines.length === 0) {
      problems.push({
        path: ["document", "segments"],
        message: "no segment is the headline",
        tip: 'give the segment that holds the headline the kind "headline"',
      });
    }
    for (const index of headlines.slice(1)) {
      problems.push({
        path: at(index, "kind"),
        message: `is a second headline (the first is ${shownId(segments[headlines[0] ?? 0]?.id ?? "")}); a document has exactly one`,
        tip: 'a subtitle or standfirst is a "paragraph"',
      });
    }
    const headline = segments[headlines[0] ?? -1];
    if (headline && headline.span.exact !== title) {
      problems.push({
        path: ["document", "title"],
        message: `title ${quotedValue(title)} differs from the headline ${quotedValue(headline.span.exact)} (${shownId(headline.id)})`,
        tip: "the title is the headline as printed: copy it from the text",
      });
    }
    return problems;
  },
};
