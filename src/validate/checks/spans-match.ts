import { SCHEMA_MODEL } from "../../model/schema-model.js";
import { eachSpan } from "../../model/walkers.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** Whether `text.slice(0, end)` ends with `part`, without the slice. */
function endsAt(text: string, end: number, part: string): boolean {
  return part.length <= end && text.startsWith(part, end - part.length);
}

/** Every span lies inside the text, and `exact`, `prefix` and `suffix` equal the text around it. */
export const spansMatch: Check = {
  name: "spans-match",
  description: "Every span lies inside the text and its exact, prefix and suffix equal the text it covers.",
  run({ document }) {
    const { text } = document;
    const problems: CheckProblem[] = [];
    eachSpan(SCHEMA_MODEL, document, (span, path) => {
      if (span.end > text.length) {
        problems.push({
          path: [...path, "end"],
          message: `end ${span.end} is past the end of the text (${text.length})`,
        });
        return;
      }
      if (span.start > span.end) {
        problems.push({
          path: [...path, "start"],
          message: `start ${span.start} is after end ${span.end}`,
        });
        return;
      }
      if (span.end - span.start !== span.exact.length || !text.startsWith(span.exact, span.start)) {
        const covered = text.slice(span.start, span.end);
        if (covered.normalize("NFC") === span.exact.normalize("NFC")) {
          problems.push({
            path: [...path, "exact"],
            message: `exact ${quotedValue(span.exact)} differs from the text at ${span.start}-${span.end} only in its Unicode normalization (NFC and NFD write the same letters with different code points)`,
            tip: "copy exact from the text itself, or save both in the same normalization form (NFC)",
          });
          return;
        }
        const found = text.indexOf(span.exact);
        problems.push({
          path: [...path, "exact"],
          message: `exact ${quotedValue(span.exact)} does not match the text at ${span.start}-${span.end}: ${quotedValue(covered)}`,
          ...(found >= 0 ? { tip: `the exact text occurs at ${found}-${found + span.exact.length}` } : {}),
        });
        return;
      }
      // Compared in place: slicing the text before and after every span copies the text over and over.
      if (span.prefix !== undefined && !endsAt(text, span.start, span.prefix)) {
        problems.push({
          path: [...path, "prefix"],
          message: `prefix ${quotedValue(span.prefix)} is not the text before the span`,
        });
      }
      if (span.suffix !== undefined && !text.startsWith(span.suffix, span.end)) {
        problems.push({
          path: [...path, "suffix"],
          message: `suffix ${quotedValue(span.suffix)} is not the text after the span`,
        });
      }
    });
    return problems;
  },
};
