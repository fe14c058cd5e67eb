import { z } from "zod";
import { RecordIdSchema } from "./ids.js";
import { SpanSchema } from "./span.js";

/** Segment kinds that carry the article itself: records may come from these. */
export const CONTENT_SEGMENT_KINDS = ["headline", "paragraph"] as const;

/** Segment kinds of page furniture: recorded as such, never mined for records. */
export const FURNITURE_SEGMENT_KINDS = ["related-link", "comment-prompt", "cookie-notice"] as const;

/** The kind of a segment of a document. */
export const SegmentKindSchema = z
  .enum([...CONTENT_SEGMENT_KINDS, ...FURNITURE_SEGMENT_KINDS])
  .meta({ description: "What part of the page a segment is: headline, body paragraph, or page furniture." });

/** A headline, a body paragraph or a piece of page furniture. */
export const SegmentSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: SegmentKindSchema,
    span: SpanSchema.meta({ description: "The whole segment in the source text." }),
  })
  .meta({ id: "Segment", description: "A headline, a body paragraph or a piece of page furniture." });

/** A headline, a body paragraph or a piece of page furniture. */
export type Segment = z.infer<typeof SegmentSchema>;
/** The kind of a segment. */
export type SegmentKind = z.infer<typeof SegmentKindSchema>;
