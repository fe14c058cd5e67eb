import type { Span } from "../schema/span.js";
import { occurrencesOf, spanAt } from "./span-at.js";

/**
 * A span as a contributor may write it: its exact text, and whichever of these says which occurrence is meant — the
 * 1-based `occurrence`, a `prefix` the text before it ends with and/or a `suffix` the text after it starts with, or
 * `start` (and `end`).
 */
export interface SpanDraft {
  readonly exact: string;
  readonly occurrence?: number | undefined;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

/** A span found, or why not, with the offsets of every candidate occurrence. */
export type Anchoring =
  | { readonly found: true; readonly span: Span }
  | { readonly found: false; readonly problem: string; readonly candidates: readonly number[] };

/** Whether the occurrence of `exact` at `start` has the draft's prefix before it and suffix after it. */
function contextFits(text: string, start: number, draft: SpanDraft): boolean {
  const end = start + draft.exact.length;
  const prefixFits = draft.prefix === undefined || text.slice(0, start).endsWith(draft.prefix);
  const suffixFits = draft.suffix === undefined || text.startsWith(draft.suffix, end);
  return prefixFits && suffixFits;
}

/**
 * Finds the offsets of a span written by its text: the `occurrence`-th match of `exact`, the one match whose
 * context fits the given `prefix`/`suffix`, the match at `start`, or the only match. An ambiguous or missing span is
 * not guessed: the answer names the problem and lists every candidate.
 *
 * @param text - The source text.
 * @param draft - The span as written.
 * @returns The span with offsets, prefix and suffix, or the problem and the candidates' offsets.
 *
 * @example
 * anchorSpan("said A, and said B", { exact: "said", occurrence: 2 })
 * //=> { found: true, span: { start: 12, end: 16, exact: "said", prefix: "said A, and ", suffix: " B" } }
 * anchorSpan("said A, and said B", { exact: "said", suffix: " A" }).span.start
 * //=> 0
 * anchorSpan("said A, and said B", { exact: "said" }).candidates
 * //=> [0, 12]
 */
export function anchorSpan(text: string, draft: SpanDraft): Anchoring {
  if (draft.exact === "") return { found: false, problem: "the exact text is empty", candidates: [] };
  const all = occurrencesOf(text, draft.exact);
  if (all.length === 0) return { found: false, problem: "the exact text does not occur in the source", candidates: [] };
  let matches = all;
  if (draft.start !== undefined) matches = all.filter((start) => start === draft.start);
  else if (draft.occurrence !== undefined) {
    const chosen = all[draft.occurrence - 1];
    if (!Number.isInteger(draft.occurrence) || draft.occurrence < 1 || chosen === undefined) {
      const problem = `occurrence ${draft.occurrence} asked for, but the exact text occurs ${all.length} time(s)`;
      return { found: false, problem, candidates: all };
    }
    matches = [chosen];
  } else if (draft.prefix !== undefined || draft.suffix !== undefined)
    matches = all.filter((start) => contextFits(text, start, draft));
  if (matches.length === 1 && matches[0] !== undefined) {
    const start = matches[0];
    return { found: true, span: spanAt(text, start, start + draft.exact.length) };
  }
  if (matches.length === 0) {
    const what = draft.start !== undefined ? `at offset ${draft.start}` : "with that prefix and suffix";
    return { found: false, problem: `the exact text does not occur ${what}`, candidates: all };
  }
  const problem = `the exact text occurs ${matches.length} times: add "occurrence", "prefix" or "suffix"`;
  return { found: false, problem, candidates: matches };
}
