import { z } from "zod";
import { RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** Direct (in quotation marks), indirect (reported) or mixed (a partial quotation inside reported speech). */
export const QuoteKindSchema = z.enum(["direct", "indirect", "mixed"]).meta({
  description:
    "direct: inside quotation marks; indirect: reported speech; mixed: partial quotation inside reported speech.",
});

/** A speech act the text reports: who said it, the reporting cue, and what was said. */
export const QuoteSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: QuoteKindSchema,
    speaker: referenceTo(["entity"], "Entity id of the speaker; unnamed speakers are entities too."),
    cue: SpanSchema.meta({ description: "The reporting verb or phrase (`said`, `claimed`, `according to`)." }),
    content: SpanSchema.meta({
      description: "What was said; for direct quotes, the words inside the quotation marks.",
      mainSpan: true,
    }),
    about: z
      .array(referenceTo(["entity"], "An entity the quote is about."))
      .meta({ description: "Entity ids of what the quote is about." }),
    saidAt: referenceTo(
      ["publicationDate", "temporalExpression"],
      "Temporal expression id for when it was said, if the text tells.",
    ).optional(),
    reportedIn: referenceTo(
      ["quote"],
      "For a nested report, the id of the quote that carries this one (`X said ..., state media reported`).",
    ).optional(),
    ellipsis: z.boolean().meta({ description: "True when the quoted words contain an ellipsis (`…`)." }),
    partial: z.boolean().meta({ description: "True when only part of an utterance is quoted." }),
  })
  .meta({ id: "Quote", recordKind: "quote", description: "A reported speech act with its speaker, cue and content." });

/** A reported speech act with its speaker, cue and content. */
export type Quote = z.infer<typeof QuoteSchema>;
/** The kind of a quote. */
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
