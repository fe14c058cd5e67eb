import { CONTENT_SEGMENT_KINDS } from "../../schema/segment.js";
import type { Span } from "../../schema/span.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";
import { documentSpans } from "../document-spans.js";

const CONTENT_KINDS: ReadonlySet<string> = new Set(CONTENT_SEGMENT_KINDS);

/** Records come from the headline and the body: every record span lies inside one headline or paragraph segment. */
export const notInFurniture: Check = {
  name: "not-in-furniture",
  description: "Every record span lies inside a headline or paragraph segment, never in page furniture.",
  run({ document }) {
    const segments = document.document.segments;
    const problems: CheckProblem[] = [];
    const { spans, inRecord, pathOf } = documentSpans(document);
    for (let index = 0; index < spans.length; index++) {
      if (!inRecord[index]) continue;
      const span = spans[index] as Span;
      const segment = segments.find(
        (candidate) => candidate.span.start <= span.start && span.end <= candidate.span.end,
      );
      if (segment && CONTENT_KINDS.has(segment.kind)) continue;
      problems.push({
        path: pathOf(index),
        message: segment
          ? `span ${span.start}-${span.end} lies in page furniture (segment ${quotedValue(segment.id)}, ${segment.kind})`
          : `span ${span.start}-${span.end} does not lie inside any single segment`,
        tip: "records come from the headline and the body paragraphs only",
      });
    }
    return problems;
  },
};
