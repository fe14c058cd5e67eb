import type { Span } from "../../schema/span.js";
import { textPositions } from "../../shared/text-positions.js";
import { anchorSpan, type SpanDraft } from "../anchor-span.js";
import { type DraftSpan, eachDraftSpan, type JsonValue } from "../draft-folder.js";
import { reanchorSpan } from "../reanchor-span.js";
import type { Fixer, FixNote } from "./fixer.js";

/** How a span's text is quoted in a message: in full up to 60 characters, else its start and end around an ellipsis. */
function shortQuote(text: string): string {
  return JSON.stringify(text.length <= 60 ? text : `${text.slice(0, 40)}…${text.slice(-15)}`);
}

/** Writes a found span's offsets and text into the draft's span object, in place, keeping its context if it had one. */
function place(draft: DraftSpan, span: Span): void {
  const target = draft.span;
  const hadContext = "prefix" in target || "suffix" in target || "occurrence" in target;
  delete target.occurrence;
  target.start = span.start;
  target.end = span.end;
  target.exact = span.exact;
  if (hadContext) {
    target.prefix = span.prefix ?? "";
    target.suffix = span.suffix ?? "";
  }
}

/** A span object's own `{ start, end, exact, prefix, suffix }`, when its offsets are whole numbers. */
function recordedSpan(object: { [key: string]: JsonValue }): Span | undefined {
  const { start, end, exact, prefix, suffix } = object;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof exact !== "string") return undefined;
  return {
    start: start as number,
    end: end as number,
    exact,
    ...(typeof prefix === "string" ? { prefix } : {}),
    ...(typeof suffix === "string" ? { suffix } : {}),
  };
}

/** A span written by its text, as the anchoring reads it: the exact text and whichever disambiguator was given. */
function draftOf(object: { [key: string]: JsonValue }): SpanDraft {
  const { exact, occurrence, prefix, suffix } = object;
  return {
    exact: String(exact),
    occurrence: typeof occurrence === "number" ? occurrence : undefined,
    prefix: typeof prefix === "string" ? prefix : undefined,
    suffix: typeof suffix === "string" ? suffix : undefined,
  };
}

/**
 * `offsets`: computes the offsets of spans written by their text (`{ "exact": "…", "occurrence": 2 }`, or with a
 * prefix or suffix), and re-anchors recorded spans that no longer match the text, or every span when the text
 * changed since its hash was recorded. Every moved span is listed; a span that cannot be placed with confidence is
 * left as it was and reported.
 */
export const offsetsFixer: Fixer = {
  name: "offsets",
  description: "compute offsets of spans written by their text; re-anchor spans after the source text changed",
  byDefault: true,
  fix(folder, context) {
    const changes: FixNote[] = [];
    const unresolved: FixNote[] = [];
    for (const draft of eachDraftSpan(folder)) {
      const recorded = recordedSpan(draft.span);
      const location = { file: draft.file, path: draft.path };
      if (recorded === undefined) {
        const anchoring = anchorSpan(folder.text, draftOf(draft.span));
        if (anchoring.found) {
          place(draft, anchoring.span);
          changes.push({ ...location, message: `anchored "${anchoring.span.exact}" at ${anchoring.span.start}` });
        } else {
          const positionOf = textPositions(folder.text);
          const candidates = anchoring.candidates.map((start) => {
            const { line, column } = positionOf(start);
            return `${line}:${column}`;
          });
          const listed = candidates.length > 0 ? ` (in the text at ${candidates.join(", ")})` : "";
          const message = `${shortQuote(String(draft.span.exact))}: ${anchoring.problem}${listed}`;
          unresolved.push({ ...location, message });
        }
        continue;
      }
      if (!context.textChanged && folder.text.slice(recorded.start, recorded.end) === recorded.exact) continue;
      const result = reanchorSpan(folder.text, recorded);
      if (result.status === "unchanged") continue;
      if (result.status === "orphan") {
        unresolved.push({
          ...location,
          message: `orphan "${recorded.exact}" (was at ${recorded.start}): ${result.reason}`,
        });
        continue;
      }
      place(draft, result.span);
      const message =
        result.status === "fuzzy"
          ? `re-matched ${shortQuote(recorded.exact)} approximately at ${result.span.start} (was ${recorded.start}, score ${result.score.toFixed(2)}): the text there is now ${shortQuote(result.span.exact)}`
          : `moved ${shortQuote(recorded.exact)} from ${recorded.start} to ${result.span.start}`;
      changes.push({ ...location, message });
    }
    return { changes, unresolved };
  },
};
