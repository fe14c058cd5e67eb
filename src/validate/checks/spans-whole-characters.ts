import type { Span } from "../../schema/span.js";
import type { DocumentPath } from "../../shared/document-path.js";
import type { Check, CheckProblem } from "../check.js";
import { documentSpans } from "../document-spans.js";

/** Whether a UTF-16 code unit is the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether a UTF-16 code unit is the second half of a surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether an offset falls between the two code units of one character outside the Basic Multilingual Plane. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** The character an offset splits, named as `"😀" (U+1F600)`. */
function characterAt(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset - 1) ?? 0;
  return `${JSON.stringify(String.fromCodePoint(codePoint))} (U+${codePoint.toString(16).toUpperCase()})`;
}

/** The problem of a span's `start` or `end` that splits a character. */
function splitProblem(text: string, path: DocumentPath, end: "start" | "end", offset: number): CheckProblem {
  return {
    path: [...path, end],
    message: `${end} ${offset} splits the character ${characterAt(text, offset)} in two`,
    tip: `use ${offset - 1} or ${offset + 1}: offsets count UTF-16 code units, two for this character`,
  };
}

/**
 * No span starts or ends between the two UTF-16 code units of a character outside the Basic Multilingual Plane (an
 * emoji, a mathematical letter): such a span has half a character for `exact`, and formats that count code points
 * (the W3C export, Python) cannot express its offsets at all.
 */
export const spansWholeCharacters: Check = {
  name: "spans-whole-characters",
  description: "No span starts or ends inside a surrogate pair (half of a character outside the BMP).",
  run({ document }) {
    const { text } = document;
    const problems: CheckProblem[] = [];
    const { spans, pathOf } = documentSpans(document);
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index] as Span;
      if (splitsPair(text, span.start)) problems.push(splitProblem(text, pathOf(index), "start", span.start));
      if (splitsPair(text, span.end)) problems.push(splitProblem(text, pathOf(index), "end", span.end));
    }
    return problems;
  },
};
