import type { Segment, SegmentKind } from "../schema/segment.js";

/**
 * Lines that news pages put around an article and that are not part of it, by the furniture kind they are proposed
 * as. A proposal only: the contributor reviews the segments before annotating.
 */
const FURNITURE_PATTERNS: ReadonlyArray<readonly [SegmentKind, RegExp]> = [
  ["cookie-notice", /\bcookies?\b/i],
  ["comment-prompt", /^(?:leave a (?:reply|comment)|comments?\b|join the (?:conversation|discussion)|add a comment)/i],
  ["related-link", /^(?:see also|related\b|read more|more on this|recommended|most read)/i],
];

/** The furniture kind a line looks like, or undefined for article text. */
function furnitureKind(line: string): SegmentKind | undefined {
  return FURNITURE_PATTERNS.find(([, pattern]) => pattern.test(line))?.[0];
}

/**
 * Proposes the segments of a new article's text: every non-blank line is one segment (whitespace around it left
 * out), the first is the headline, lines that look like page furniture ("See also", "Leave a Reply", cookie
 * notices) are proposed as furniture, and the rest are paragraphs numbered in order.
 *
 * @param text - The article's exact text.
 * @returns The segments, in text order, with spans into the text.
 *
 * @example
 * proposeSegments("Headline\n\nFirst paragraph.\n\nLeave a Reply").map((segment) => [segment.id, segment.kind])
 * //=> [["headline", "headline"], ["paragraph-1", "paragraph"], ["comment-prompt", "comment-prompt"]]
 */
export function proposeSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  const counts = new Map<SegmentKind, number>();
  for (const line of text.matchAll(/[^\n]+/g)) {
    const exact = line[0].trim();
    if (exact === "") continue;
    const start = line.index + line[0].indexOf(exact);
    const kind = segments.length === 0 ? "headline" : (furnitureKind(exact) ?? "paragraph");
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    segments.push({ id: segmentId(kind, count), kind, span: { start, end: start + exact.length, exact } });
  }
  return segments;
}

/** Paragraphs are numbered (`paragraph-3`); the headline and furniture are named by their kind, numbered if repeated. */
function segmentId(kind: SegmentKind, count: number): string {
  if (kind === "paragraph") return `paragraph-${count}`;
  return count === 1 ? kind : `${kind}-${count}`;
}
