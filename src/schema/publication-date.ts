import { z } from "zod";
import { CertaintySchema } from "./certainty.js";
import { RecordIdSchema } from "./ids.js";
import { pendingOr } from "./pending.js";
import { SpanSchema } from "./span.js";

/** A date that was considered for the publication date and rejected, with the reason. */
export const RejectedDateSchema = z
  .strictObject({
    value: z.string().meta({ description: "The rejected calendar date, ISO 8601 (`YYYY-MM-DD`)." }),
    reason: z.string().min(1).meta({ description: "Why the evidence rules it out or makes it less likely." }),
  })
  .meta({ id: "RejectedDate", description: "A candidate publication date that was rejected, and why." });

/**
 * When the document was published. If the text does not state it, it is inferred from internal evidence:
 * the evidence spans, the reasoning, a certainty and the rejected alternatives are recorded with it.
 */
export const PublicationDateSchema = z
  .strictObject({
    id: RecordIdSchema,
    value: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: pendingOr("must be a calendar date YYYY-MM-DD") })
      .meta({ description: "The publication day, ISO 8601 calendar date." }),
    resolution: z
      .enum(["stated", "inferred"])
      .meta({ description: "`stated` when the text gives the date, `inferred` when it was worked out." }),
    certainty: CertaintySchema,
    reasoning: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "How the date was worked out (required when inferred)." }),
    evidence: z
      .array(SpanSchema)
      .meta({ description: "The spans of the text the inference rests on (weekday named, dates of events, ...)." }),
    alternatives: z.array(RejectedDateSchema).meta({ description: "Dates considered and rejected." }),
  })
  .meta({
    id: "PublicationDate",
    recordKind: "publicationDate",
    description: "When the document was published, stated or inferred.",
  });

/** When the document was published, stated or inferred. */
export type PublicationDate = z.infer<typeof PublicationDateSchema>;
