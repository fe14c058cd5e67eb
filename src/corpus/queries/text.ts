import type { CorpusDocument } from "../indexes/record-table.js";

/** A stretch of a document's text by offsets (UTF-16 code units, end exclusive): a span, or any `{ start, end }`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The text around a record's main span, for quoting it in context (a W3C TextQuoteSelector). */
export interface TextContext {
  /** Up to `chars` code units before the span. */
  readonly before: string;
  /** The span's text. */
  readonly exact: string;
  /** Up to `chars` code units after the span. */
  readonly after: string;
}

/** Options of `corpus.context()`. */
export interface ContextOptions {
  /** How many UTF-16 code units to take on each side (default 32, as the spans' `prefix` and `suffix`). */
  readonly chars?: number;
}

/**
 * The text a range covers in a document.
 *
 * @param document - The document.
 * @param range - The offsets.
 * @returns The covered text.
 * @throws {RangeError} When the offsets are not integers with `0 <= start <= end <= text.length`.
 */
export function textOf(document: CorpusDocument, range: TextRange): string {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > document.text.length) {
    throw new RangeError(
      `invalid range ${start}-${end}: the text of "${document.document.id}" has ${document.text.length} code units`,
    );
  }
  return document.text.slice(start, end);
}

/** Whether an offset falls between the two halves of a surrogate pair (cutting there would break a character). */
function splitsCharacter(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The text before, at and after a range, never cutting a character in two.
 *
 * @param document - The document.
 * @param range - The offsets.
 * @param chars - How many code units to take on each side.
 * @returns The context.
 * @throws {RangeError} For invalid offsets, or when `chars` is not a non-negative integer.
 */
export function contextOf(document: CorpusDocument, range: TextRange, chars: number): TextContext {
  if (!Number.isInteger(chars) || chars < 0) throw new RangeError(`chars must be a non-negative integer, not ${chars}`);
  const exact = textOf(document, range);
  let from = Math.max(0, range.start - chars);
  if (splitsCharacter(document.text, from)) from++;
  let to = Math.min(document.text.length, range.end + chars);
  if (splitsCharacter(document.text, to)) to--;
  return Object.freeze({
    before: document.text.slice(from, range.start),
    exact,
    after: document.text.slice(range.end, to),
  });
}
