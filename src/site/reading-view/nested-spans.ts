import { escapeHtml } from "../html.js";

/** One annotated span to mark in the text. */
export interface MarkedSpan {
  /** Unique among the page's spans: the HTML id of the span's first element. */
  readonly key: string;
  /** Start offset in the text (UTF-16 code units). */
  readonly start: number;
  /** End offset, exclusive. */
  readonly end: number;
  /** The layer it belongs to; ties between spans of equal extent are broken by this, in the order given. */
  readonly layerRank: number;
  /** Attributes of the span's elements, already escaped (`class="…" data-record="…"`). */
  readonly attributes: string;
  /** Attributes only the first element gets (focus, description), already escaped. */
  readonly firstAttributes: string;
  /** HTML inserted at the start of the first element (a chip). */
  readonly prefix: string;
  /** HTML appended at the end of the last element (a label). */
  readonly suffix: string;
}

/** Outer spans first: earlier start, then longer, then by layer, then by key, so the order is the same everywhere. */
function outerFirst(a: MarkedSpan, b: MarkedSpan): number {
  return (
    a.start - b.start || b.end - a.end || a.layerRank - b.layerRank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * The HTML of `text[from, to)` with every span marked by nested `<span>` elements. Nested spans nest; a span that
 * overlaps another without containing it is split into fragments at the other's boundaries, each fragment carrying
 * the span's attributes, the first one its key as id and the others as `data-part`. Spans are clipped to the range; empty ones are
 * skipped.
 *
 * @param text - The whole text the offsets point into.
 * @param from - Start of the range to render.
 * @param to - End of the range, exclusive.
 * @param spans - The spans to mark.
 * @returns HTML.
 *
 * @example
 * nestedSpans("abcd", 0, 4, ["x", "y"].map((key, start) => ({
 *   key, start, end: start + 2, layerRank: 0, attributes: `class="${key}"`, firstAttributes: "", prefix: "", suffix: "",
 * })))
 * //=> '<span class="x" id="x">a<span class="y" id="y">b</span></span><span class="y" data-part="y">c</span>d'
 */
export function nestedSpans(text: string, from: number, to: number, spans: readonly MarkedSpan[]): string {
  const inRange = spans
    .map((span) => ({ span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter(({ start, end }) => start < end)
    .map(({ span, start, end }) => ({ ...span, start, end }))
    .sort(outerFirst);
  const boundaries = [...new Set([from, to, ...inRange.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const open: MarkedSpan[] = [];
  const started = new Set<string>();
  let html = "";
  const close = (span: MarkedSpan, position: number) => {
    html += `${span.end === position ? span.suffix : ""}</span>`;
  };
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const pieceStart = boundaries[index] as number;
    const pieceEnd = boundaries[index + 1] as number;
    const covering = inRange.filter((span) => span.start <= pieceStart && span.end >= pieceEnd);
    let kept = 0;
    while (kept < open.length && kept < covering.length && open[kept] === covering[kept]) kept++;
    for (const span of open.splice(kept).reverse()) close(span, pieceStart);
    for (const span of covering.slice(kept)) {
      const first = !started.has(span.key);
      started.add(span.key);
      html += first
        ? `<span ${span.attributes} id="${span.key}"${span.firstAttributes ? ` ${span.firstAttributes}` : ""}>${span.prefix}`
        : `<span ${span.attributes} data-part="${span.key}">`;
      open.push(span);
    }
    html += escapeHtml(text.slice(pieceStart, pieceEnd));
  }
  for (const span of open.reverse()) close(span, to);
  return html;
}
