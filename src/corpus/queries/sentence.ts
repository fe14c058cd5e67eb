import type { Span } from "../../generated/record-types.js";
import type { CorpusDocument } from "../indexes/record-table.js";
import type { TextRange } from "./text.js";

/**
 * The end of a sentence: a full stop, `?`, `!` or ellipsis (`…` or `...`), then any closing quotation marks or
 * brackets, then white space before a capital letter, a digit or an opening quotation mark or bracket. An ellipsis
 * before a lower-case word (`only as a union … nearly a single people`) leaves the sentence open, and so does a comma
 * before a closing quotation mark (`Union State,” Putin said`). A match starts only where a run of stops starts (the
 * look-behind): tried inside the run too, a long run of full stops cost time in the square of its length.
 */
const SENTENCE_END = /(?<![.?!…])[.?!…]+[”’"')\]]*(?=\s+[“‘"'([]?[\p{Lu}\p{N}])/gu;

/**
 * The sentence that contains a range (the sentences, when the range crosses a sentence end), found inside the
 * segment (headline or paragraph) where the range starts, so a headline without a full stop is one sentence.
 * Known limit: an abbreviation followed by a capital (`Mr. Peskov`) ends a sentence.
 *
 * @param document - The document.
 * @param range - The offsets of a record's main span.
 * @returns The sentence as a span (no surrounding white space).
 */
export function sentenceAround(document: CorpusDocument, range: TextRange): Span {
  const { text } = document;
  const segment = document.document.segments.find(({ span }) => span.start <= range.start && range.start < span.end)
    ?.span ?? { start: 0, end: text.length };
  let start = segment.start;
  let end = segment.end;
  for (const match of text.slice(segment.start, segment.end).matchAll(SENTENCE_END)) {
    const boundary = segment.start + match.index + match[0].length;
    if (boundary <= range.start) start = boundary;
    else if (boundary >= range.end) {
      end = boundary;
      break;
    }
  }
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return Object.freeze({ start, end, exact: text.slice(start, end) });
}
