import { isWeakerFactuality } from "../../corpus/factuality-scale.js";
import type { Segment } from "../../schema/segment.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** The most words that may stand between a cue and its scope (`said` … `that`, `”, said Lukashenko, “`). */
const MAX_WORDS_BETWEEN = 5;

/** The most characters between a cue and its scope that are read; a longer gap has too many words anyway. */
const MAX_GAP = 200;

/** A run of letters or digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The index of the segment that holds an offset (segments are in text order), or -1. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = (segments[middle] as Segment).span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * An uncertainty marker is coherent: a `weakens` effect goes to a weaker value of the same polarity (or to Uu), and
 * the cue lies inside its scope or next to it, in the same segment with at most five words between them (`said` and
 * its `that`-clause, `”, said Lukashenko, “`).
 */
export const markersConsistent: Check = {
  name: "markers-consistent",
  description:
    "A weakening effect goes to a weaker factuality, and a marker's cue lies inside its scope or next to it (same segment, at most five words between).",
  run({ document }) {
    const { text } = document;
    const segments = document.document.segments;
    const problems: CheckProblem[] = [];
    document.uncertaintyMarkers.forEach((marker, index) => {
      const path = ["uncertaintyMarkers", index];
      const { effect, cue, scope } = marker;
      if (effect.type === "weakens" && !isWeakerFactuality(effect.to, effect.from)) {
        problems.push({
          path: [...path, "effect", "to"],
          message: `weakens ${effect.from} to ${effect.to}, which is not weaker`,
          tip: "a weakening cue lowers the certainty and keeps the polarity (CT+ to PR+ or PS+), or leaves the source uncommitted (Uu)",
        });
      }
      if (scope.start <= cue.start && cue.end <= scope.end) return;
      const [gapStart, gapEnd] = cue.end <= scope.start ? [cue.end, scope.start] : [scope.end, cue.start];
      const sameSegment = segmentAt(segments, cue.start) === segmentAt(segments, scope.start);
      const words =
        gapEnd - gapStart > MAX_GAP
          ? Number.POSITIVE_INFINITY
          : (text.slice(gapStart, gapEnd).match(WORD)?.length ?? 0);
      if (gapStart >= gapEnd && cue.end > scope.start && cue.start < scope.end) {
        problems.push({
          path: [...path, "cue"],
          message: `cue ${quotedValue(cue.exact)} (${cue.start}-${cue.end}) straddles the edge of its scope (${scope.start}-${scope.end})`,
          tip: "the cue lies wholly inside its scope or wholly next to it",
        });
      } else if (!sameSegment || words > MAX_WORDS_BETWEEN) {
        problems.push({
          path: [...path, "cue"],
          message: `cue ${quotedValue(cue.exact)} (${cue.start}-${cue.end}) is far from its scope (${scope.start}-${scope.end})${sameSegment ? `: ${words} words lie between them` : ", in another segment"}`,
          tip: `a cue lies inside the stretch it governs or next to it (at most ${MAX_WORDS_BETWEEN} words between)`,
        });
      }
    });
    return problems;
  },
};
