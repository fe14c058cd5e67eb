import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { FactualitySchema } from "./factuality.js";
import { AUTHOR, RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** How exact a stated number is. */
export const ApproximationSchema = z.enum(["exact", "approximate", "upper-bound", "lower-bound", "range"]).meta({
  description:
    "exact; approximate (`about`, an emphatic `as many as`); upper-bound (`up to`, `at most`); lower-bound (`at least`); range (`tens of thousands`).",
});

/** A number stated in a claim, with its unit and how exact it is. */
export const QuantitySchema = z
  .strictObject({
    span: SpanSchema.meta({ description: "The number as written, with its cue (`as many as 200,000`)." }),
    unit: boundedString().min(1).meta({ description: "What is counted or measured (`troops`)." }),
    approximation: ApproximationSchema,
    value: z.number().optional().meta({ description: "The stated value (exact and approximate quantities)." }),
    min: z.number().optional().meta({ description: "Lower bound (lower-bound and range quantities)." }),
    max: z.number().optional().meta({ description: "Upper bound (upper-bound and range quantities)." }),
    cue: SpanSchema.optional().meta({ description: "The approximator (`as many as`, `nearly`), if any." }),
  })
  .superRefine((quantity, context) => {
    const needs: Record<z.infer<typeof ApproximationSchema>, readonly ("value" | "min" | "max")[]> = {
      exact: ["value"],
      approximate: ["value"],
      "upper-bound": ["max"],
      "lower-bound": ["min"],
      range: ["min", "max"],
    };
    for (const field of needs[quantity.approximation]) {
      if (quantity[field] === undefined) {
        context.addIssue({
          code: "custom",
          path: [field],
          message: `required for a ${quantity.approximation} quantity`,
        });
      }
    }
  })
  .meta({ id: "Quantity", description: "A number stated in a claim, with its unit and how exact it is." });

/** How one claim bears on another. */
export const ClaimRelationSchema = z
  .strictObject({
    type: z.enum(["supports", "contradicts", "qualifies"]).meta({ description: "How this claim bears on the target." }),
    target: referenceTo(["claim"], "Id of the other claim."),
    reason: boundedString().min(1).optional().meta({ description: "Why the relation holds, in a sentence." }),
  })
  .meta({ id: "ClaimRelation", description: "How one claim bears on another." });

/** Another defensible factuality value for one view, labelled with the reading that gives it. */
export const FactualityReadingSchema = z
  .strictObject({
    view: z.enum(["claimant", "author"]).meta({ description: "The view the other value is for." }),
    value: FactualitySchema.meta({ description: "The value on that reading." }),
    reading: boundedString()
      .regex(/^[a-z]+(?:-[a-z]+)*$/, "must be a lower-case label such as `journalistic`")
      .meta({ description: "The reading's label (`journalistic`, `commitment`)." }),
    reason: boundedString().min(1).meta({ description: "Why the reading gives that value, in a sentence." }),
  })
  .meta({
    id: "FactualityReading",
    description: "Another defensible factuality value for one view, labelled with the reading that gives it.",
  });

/** The view from which a factuality value is taken. */
export const FactualityViewsSchema = z
  .strictObject({
    claimant: FactualitySchema.meta({ description: "How committed the claimant is to the statement." }),
    author: FactualitySchema.meta({ description: "How committed the article's author is to the statement." }),
    readings: z.array(FactualityReadingSchema).optional().meta({
      description:
        "Other defensible values, each labelled: the strict FactBank value stays in `claimant` and `author`, a journalistic reading of an agentless `was believed` goes here.",
    }),
  })
  .meta({ id: "FactualityViews", description: "FactBank factuality from the claimant's and the author's view." });

/** A proposition that someone, possibly the article itself, presents as true. */
export const ClaimSchema = z
  .strictObject({
    id: RecordIdSchema,
    statement: boundedString().min(1).meta({ description: "The proposition, normalized to one plain sentence." }),
    claimant: referenceTo(
      ["entity"],
      `Entity id of who presents it as true, or \`${AUTHOR}\` for the article's own voice.`,
      [AUTHOR],
    ),
    evidence: SpanSchema.meta({ description: "Where the text states the claim.", mainSpan: true }),
    about: z
      .array(referenceTo(["entity"], "An entity the claim is about."))
      .meta({ description: "Entity ids of what the claim is about." }),
    factuality: FactualityViewsSchema,
    quantities: z.array(QuantitySchema).meta({ description: "Numbers stated in the claim." }),
    relations: z.array(ClaimRelationSchema).meta({ description: "How the claim bears on other claims." }),
    status: z
      .enum(["asserted", "disputed", "denied", "unverified", "contradicted"])
      .optional()
      .meta({ description: "The claim's standing where the text gives it." }),
    quote: referenceTo(["quote"], "Id of the quote the claim is made in, if any.").optional(),
  })
  .meta({
    id: "Claim",
    recordKind: "claim",
    description: "A proposition that someone presents as true, with its factuality.",
  });

/** A proposition that someone presents as true, with its factuality. */
export type Claim = z.infer<typeof ClaimSchema>;
/** Another defensible factuality value for one view, labelled with its reading. */
export type FactualityReading = z.infer<typeof FactualityReadingSchema>;
/** A number stated in a claim. */
export type Quantity = z.infer<typeof QuantitySchema>;
/** How one claim bears on another. */
export type ClaimRelation = z.infer<typeof ClaimRelationSchema>;
