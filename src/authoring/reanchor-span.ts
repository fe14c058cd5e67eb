import search from "approx-string-match";
import type { Span } from "../schema/span.js";
import { occurrencesOf, spanAt } from "./span-at.js";

/**
 * Where a span stands in an edited text:
 * - `unchanged`: its exact text is still at its offsets;
 * - `shifted`: its exact text was found, with its context, at other offsets;
 * - `fuzzy`: only an approximate match was found (the words changed), with a score from 0 to 1;
 * - `orphan`: it cannot be placed with confidence, and why.
 */
export type Reanchoring =
  | { readonly status: "unchanged" | "shifted"; readonly span: Span }
  | { readonly status: "fuzzy"; readonly span: Span; readonly score: number }
  | { readonly status: "orphan"; readonly reason: string };

/**
 * The least context agreement (0 to 1) for an exact match to be taken when the span's context was recorded: below
 * it, the same words elsewhere are a different passage ("said" is said many times).
 */
export const CONTEXT_THRESHOLD = 0.5;

/** The least score (0 to 1) for an approximate match, and the most errors it may have per character of the quote. */
export const FUZZY_THRESHOLD = 0.8;
const FUZZY_ERROR_RATE = 0.25;

/** Two candidates closer in score than this are a tie: the span is ambiguous, not placed. */
const TIE_MARGIN = 0.02;

/** Hypothesis's weights for scoring a match: the quote itself, then its context, then its position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** How alike a recorded context is to a stretch of the new text: 1 - edit errors per character (1 if none recorded). */
function similarity(recorded: string | undefined, actual: string): number {
  if (recorded === undefined || recorded === "") return 1;
  const best = search(actual, recorded, recorded.length).reduce(
    (fewest, match) => Math.min(fewest, match.errors),
    recorded.length,
  );
  return 1 - best / recorded.length;
}

/** A candidate placement, scored. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly context: number;
  readonly score: number;
}

/** Scores a placement from `start` to `end` as Hypothesis does: the quote, its prefix and suffix, its position. */
function candidate(text: string, span: Span, start: number, end: number, errors: number): Candidate {
  const prefix = similarity(span.prefix, text.slice(Math.max(0, start - (span.prefix?.length ?? 0)), start));
  const suffix = similarity(span.suffix, text.slice(end, end + (span.suffix?.length ?? 0)));
  const position = 1 - Math.min(1, Math.abs(start - span.start) / Math.max(1, text.length));
  const quote = 1 - errors / span.exact.length;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  const score =
    (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / total;
  const contextWeight = (span.prefix?.length ?? 0) + (span.suffix?.length ?? 0);
  const context =
    contextWeight === 0
      ? 1
      : (prefix * (span.prefix?.length ?? 0) + suffix * (span.suffix?.length ?? 0)) / contextWeight;
  return { start, end, context, score };
}

/** The best candidate, or undefined when another one that does not overlap it scores as well (a tie). */
function best(candidates: readonly Candidate[]): Candidate | undefined {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const top = ranked[0];
  if (top === undefined) return undefined;
  const rival = ranked.find((other) => other.end <= top.start || other.start >= top.end);
  return rival !== undefined && top.score - rival.score < TIE_MARGIN ? undefined : top;
}

/**
 * Finds a span again after its source text was edited, as Hypothesis re-anchors a W3C TextQuote selector: the exact
 * text where the recorded prefix and suffix agree best (unlike Hypothesis, the exact text at the old offsets is not
 * taken on sight: an edit may have put the same words there); else an approximate match (Myers' algorithm, `approx-string-match`) scored on the quote, the context and the position,
 * taken only above {@link FUZZY_THRESHOLD}. Ties and weak matches are orphans: a span is never placed by a guess.
 *
 * @param text - The edited source text.
 * @param span - The span as recorded against the old text (offsets, exact, and ideally prefix and suffix).
 * @returns Where the span stands now, with its new offsets, exact text and context.
 *
 * @example
 * reanchorSpan("Breaking: Putin met Lukashenko.", spanAt("Putin met Lukashenko.", 10, 20))
 * //=> { status: "shifted", span: { start: 20, end: 30, exact: "Lukashenko", prefix: "Breaking: Putin met ", suffix: "." } }
 * reanchorSpan("Putin met Lukashenka.", spanAt("Putin met Lukashenko.", 10, 20)).span.exact
 * //=> "Lukashenka"
 * reanchorSpan("Putin met him.", spanAt("Putin met Lukashenko.", 10, 20)).status
 * //=> "orphan"
 */
export function reanchorSpan(text: string, span: Span): Reanchoring {
  const exact = occurrencesOf(text, span.exact).map((start) =>
    candidate(text, span, start, start + span.exact.length, 0),
  );
  const exactBest = best(exact.filter((match) => match.context >= CONTEXT_THRESHOLD));
  if (exactBest !== undefined) {
    const status = exactBest.start === span.start ? "unchanged" : "shifted";
    return { status, span: spanAt(text, exactBest.start, exactBest.end) };
  }
  const maxErrors = Math.floor(span.exact.length * FUZZY_ERROR_RATE);
  const approximate = search(text, span.exact, maxErrors)
    .map((match) => candidate(text, span, match.start, match.end, match.errors))
    .filter((match) => match.context >= CONTEXT_THRESHOLD && match.score >= FUZZY_THRESHOLD);
  const fuzzyBest = best(approximate);
  if (fuzzyBest === undefined) {
    const reason =
      approximate.length > 1
        ? "several places match it equally well"
        : `no place matches "${span.exact}" with its context well enough`;
    return { status: "orphan", reason };
  }
  return { status: "fuzzy", span: spanAt(text, fuzzyBest.start, fuzzyBest.end), score: fuzzyBest.score };
}
