import { z } from "zod";
import { boundedString } from "./bounded-string.js";

const Offset = z.number().int().nonnegative();

/**
 * A stretch of the source text, anchored as the W3C Web Annotation model does (TextPositionSelector +
 * TextQuoteSelector), except that offsets count UTF-16 code units, as `String.prototype.slice` does.
 */
export const SpanSchema = z
  .strictObject({
    start: Offset.meta({ description: "Offset of the first UTF-16 code unit covered." }),
    end: Offset.meta({ description: "Offset one past the last UTF-16 code unit covered (end exclusive)." }),
    exact: boundedString()
      .min(1)
      .meta({ description: "The exact text covered: `text.slice(start, end)`; the build proves it." }),
    prefix: boundedString()
      .optional()
      .meta({ description: "Text just before the span (about 32 characters), to re-anchor an edited text." }),
    suffix: boundedString()
      .optional()
      .meta({ description: "Text just after the span (about 32 characters), to re-anchor an edited text." }),
  })
  .meta({ id: "Span", description: "A stretch of the source text: offsets in UTF-16 code units and the exact text." });

/** A stretch of the source text. */
export type Span = z.infer<typeof SpanSchema>;
