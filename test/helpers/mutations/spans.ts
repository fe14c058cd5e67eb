import { mulberry32 } from "../../../bench/synthetic-corpus.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { JsonRecord } from "../data-copy.js";
import { allSpans, recordSpans } from "../model-walks.js";
import { getAt, type Mutation } from "./mutation.js";

const SHIFTS = [-5, -3, -2, -1, 1, 2, 3, 5];

/**
 * Every span (records, segments, the publication date's evidence) shifted by a seeded amount of ±1..5, kept only
 * when the shift changes the covered text (a shift over repeated text is not a corruption). For every fourth span,
 * one more variant moves only the end, so the span grows or shrinks.
 */
export function shiftedSpans(document: AnnotatedDocument): Mutation[] {
  const random = mulberry32(1);
  const { text } = document;
  return allSpans(document).flatMap(({ path, span }, n) => {
    const shift = SHIFTS[Math.floor(random() * SHIFTS.length)] ?? 1;
    const variants = [{ start: span.start + shift, end: span.end + shift, shift }];
    const grow = SHIFTS[Math.floor(random() * SHIFTS.length)] ?? 1;
    if (n % 4 === 0) variants.push({ start: span.start, end: Math.max(span.start + 1, span.end + grow), shift: 0 });
    return variants
      .filter((variant) => variant.start >= 0 && text.slice(variant.start, variant.end) !== span.exact)
      .map(({ start, end, shift }) => ({
        kind: shift === 0 ? "resized span" : "shifted span",
        description: `${path.join(".")}: ${span.start}-${span.end} -> ${start}-${end}`,
        apply: (json: JsonRecord) => {
          const target = getAt(json, path) as JsonRecord;
          target.start = start;
          target.end = end;
        },
        check: "spans-match",
        path,
      }));
  });
}

/** Replaces one seeded character of a string by a different one. */
function alter(value: string, random: () => number): string {
  const at = Math.floor(random() * value.length);
  const replacement = value[at] === "#" ? "%" : "#";
  return `${value.slice(0, at)}${replacement}${value.slice(at + 1)}`;
}

/**
 * Every other span's `exact` altered (one character replaced, or a space added), and the `prefix` or `suffix` of
 * every fourth span altered at a seeded character.
 */
export function alteredSpanTexts(document: AnnotatedDocument): Mutation[] {
  const random = mulberry32(2);
  return allSpans(document).flatMap(({ path, span }, n) => {
    const exact = n % 4 === 2 ? `${span.exact} ` : alter(span.exact, random);
    const mutations: Mutation[] = [];
    if (n % 2 === 0) {
      mutations.push({
        kind: "altered exact",
        description: `${path.join(".")}.exact: ${JSON.stringify(span.exact)} -> ${JSON.stringify(exact)}`,
        apply: (json) => {
          (getAt(json, path) as JsonRecord).exact = exact;
        },
        check: "spans-match",
        path: [...path, "exact"],
      });
    }
    const context = n % 8 === 1 ? "prefix" : "suffix";
    const original = span[context];
    if (original && n % 4 === 1) {
      const altered = alter(original, random);
      mutations.push({
        kind: `altered ${context}`,
        description: `${path.join(".")}.${context}: ${JSON.stringify(original)} -> ${JSON.stringify(altered)}`,
        apply: (json) => {
          (getAt(json, path) as JsonRecord)[context] = altered;
        },
        check: "spans-match",
        path: [...path, context],
      });
    }
    return mutations;
  });
}

/**
 * Every other record span moved into page furniture: onto text of the related link, the comment prompt or the cookie
 * notice in turn (the last three segments), with `exact`, `prefix` and `suffix` rewritten to match, so that only the
 * furniture rule is broken; every tenth straddles the end of the last paragraph and the first piece of furniture.
 */
export function furnitureAnchors(document: AnnotatedDocument): Mutation[] {
  const { text } = document;
  const segments = document.document.segments;
  const furniture = segments.slice(-3);
  const lastParagraph = segments.at(-4);
  if (furniture.some((segment) => segment.kind === "paragraph" || segment.kind === "headline") || !lastParagraph) {
    throw new Error("the last three segments are expected to be page furniture");
  }
  const random = mulberry32(3);
  // Every other record span (the straddling variant on every tenth of them).
  return recordSpans(document)
    .filter((_, n) => n % 2 === 0)
    .map(({ path, span }, n) => {
      const straddles = n % 10 === 9;
      const segment = straddles ? undefined : furniture[n % furniture.length];
      let start: number;
      let end: number;
      if (segment) {
        const length = Math.min(span.end - span.start, segment.span.end - segment.span.start);
        start = segment.span.start + Math.floor(random() * (segment.span.end - segment.span.start - length + 1));
        end = start + length;
      } else {
        start = lastParagraph.span.end - 5;
        end = (furniture[0]?.span.start ?? text.length) + 5;
      }
      return {
        kind: straddles ? "straddles content and furniture" : "anchored in furniture",
        description: `${path.join(".")}: ${span.start}-${span.end} -> ${start}-${end} (${segment?.id ?? "straddling"})`,
        apply: (json: JsonRecord) => {
          const target = getAt(json, path) as JsonRecord;
          Object.assign(target, { start, end, exact: text.slice(start, end) });
          if (target.prefix !== undefined) target.prefix = text.slice(Math.max(0, start - 32), start);
          if (target.suffix !== undefined) target.suffix = text.slice(end, end + 32);
        },
        check: "not-in-furniture",
        path,
      };
    });
}
