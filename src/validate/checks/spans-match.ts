import type { Check, CheckProblem } from "../check.js";
import { allSpans } from "../record-spans.js";

/** Every span lies inside the text, and `exact`, `prefix` and `suffix` equal the text around it. */
export const spansMatch: Check = {
  name: "spans-match",
  description: "Every span lies inside the text and its exact, prefix and suffix equal the text it covers.",
  run({ document }) {
    const { text } = document;
    const problems: CheckProblem[] = [];
    for (const { path, span } of allSpans(document)) {
      if (span.end > text.length) {
        problems.push({ path: [...path, "end"], message: `end ${span.end} is past the end of the text (${text.length})` });
        continue;
      }
      if (span.start > span.end) {
        problems.push({ path: [...path, "start"], message: `start ${span.start} is after end ${span.end}` });
        continue;
      }
      const covered = text.slice(span.start, span.end);
      if (covered !== span.exact) {
        const found = text.indexOf(span.exact);
        problems.push({
          path: [...path, "exact"],
          message: `exact ${JSON.stringify(span.exact)} does not match the text at ${span.start}-${span.end}: ${JSON.stringify(covered)}`,
          ...(found >= 0 ? { tip: `the exact text occurs at ${found}-${found + span.exact.length}` } : {}),
        });
        continue;
      }
      if (span.prefix !== undefined && !text.slice(0, span.start).endsWith(span.prefix)) {
        problems.push({ path: [...path, "prefix"], message: `prefix ${JSON.stringify(span.prefix)} is not the text before the span` });
      }
      if (span.suffix !== undefined && !text.slice(span.end).startsWith(span.suffix)) {
        problems.push({ path: [...path, "suffix"], message: `suffix ${JSON.stringify(span.suffix)} is not the text after the span` });
      }
    }
    return problems;
  },
};
