import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { CertaintySchema } from "./certainty.js";
import { RecordIdSchema } from "./ids.js";
import { pendingOr } from "./pending.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";
import { WEEKDAYS } from "./temporal-expression.js";

/** The name of a publication-date constraint: a kebab-case slug, unique among the date's constraints. */
const ConstraintNameSchema = RecordIdSchema.meta({
  description: "The constraint's name, unique among the date's constraints (`weekday-meeting`).",
});

/** What every constraint on a publication date records: its name, the words it rests on and why. */
const CONSTRAINT_GROUNDS = {
  name: ConstraintNameSchema,
  evidence: SpanSchema.meta({ description: "The words of the text the constraint rests on." }),
  reasoning: boundedString().min(1).meta({ description: "How the words constrain the date, in a sentence or two." }),
};

/** The kinds of condition a text can put on its publication day. */
const CONSTRAINT_FIELDS = {
  weekday: ["weekday"],
  year: ["year"],
  "days-before": ["anchor", "min", "max"],
} as const;

/**
 * A condition the text puts on its publication day; the build derives each one against the chosen date. `weekday`:
 * the day falls on that weekday (`is meeting ... on Thursday`: the meeting is on the day of writing). `year`: the day
 * falls in that year (`Zapad-2021` is still to come). `days-before`: the day comes `min` to `max` days before the
 * first day of the temporal expression `anchor` (`just days before the start` of `10-16 September`), negative counts
 * meaning after it. One object with the fields of every kind, each required by its kind, rather than a union: the data
 * model admits no span inside a union.
 */
export const PublicationConstraintSchema = z
  .strictObject({
    kind: z
      .enum(["weekday", "year", "days-before"])
      .meta({ description: "weekday, year, or days-before (a bounded number of days before a dated expression)." }),
    weekday: z.enum(WEEKDAYS).optional().meta({ description: "weekday: the weekday the publication day falls on." }),
    year: z.number().int().optional().meta({ description: "year: the year the publication day falls in." }),
    anchor: referenceTo(
      ["temporalExpression"],
      "days-before: id of the temporal expression whose first day the publication day comes before.",
    ).optional(),
    min: z
      .number()
      .int()
      .optional()
      .meta({ description: "days-before: the fewest days before the anchor's first day (negative: after)." }),
    max: z
      .number()
      .int()
      .optional()
      .meta({ description: "days-before: the most days before the anchor's first day (negative: after)." }),
    ...CONSTRAINT_GROUNDS,
  })
  .superRefine((constraint, context) => {
    for (const field of CONSTRAINT_FIELDS[constraint.kind]) {
      if (constraint[field] === undefined) {
        context.addIssue({ code: "custom", path: [field], message: `required for a ${constraint.kind} constraint` });
      }
    }
  })
  .meta({
    id: "PublicationConstraint",
    description: "A condition the text puts on its publication day (weekday, year, days before a dated expression).",
  });

/** A constraint a rejected date fails, with what the constraint derives for that date. */
export const ViolationSchema = z
  .strictObject({
    constraint: ConstraintNameSchema.meta({ description: "The name of the constraint the date fails." }),
    found: z.union([z.enum(WEEKDAYS), z.number().int()]).meta({
      description:
        "What the constraint derives for the rejected date: its weekday, its year, or how many days before the anchor it is (negative: after).",
    }),
  })
  .meta({ id: "Violation", description: "A constraint a rejected date fails, with the value it derives." });

/** A date that was considered for the publication date and rejected, with the reason. */
export const RejectedDateSchema = z
  .strictObject({
    value: boundedString().meta({ description: "The rejected calendar date, ISO 8601 (`YYYY-MM-DD`)." }),
    reason: boundedString().min(1).meta({ description: "Why the evidence rules it out or makes it less likely." }),
    violates: z
      .array(ViolationSchema)
      .optional()
      .meta({ description: "The constraints it fails, each with what the constraint derives for it." }),
  })
  .meta({ id: "RejectedDate", description: "A candidate publication date that was rejected, and why." });

/**
 * When the document was published. If the text does not state it, it is inferred from internal evidence:
 * the evidence spans, the reasoning, a certainty, the constraints the text puts on the date and the rejected
 * alternatives are recorded with it.
 */
export const PublicationDateSchema = z
  .strictObject({
    id: RecordIdSchema,
    value: boundedString()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: pendingOr("must be a calendar date YYYY-MM-DD") })
      .meta({ description: "The publication day, ISO 8601 calendar date." }),
    resolution: z
      .enum(["stated", "inferred"])
      .meta({ description: "`stated` when the text gives the date, `inferred` when it was worked out." }),
    certainty: CertaintySchema,
    reasoning: boundedString()
      .min(1)
      .optional()
      .meta({ description: "How the date was worked out (required when inferred)." }),
    evidence: z
      .array(SpanSchema)
      .meta({ description: "The spans of the text the inference rests on (weekday named, dates of events, ...)." }),
    constraints: z.array(PublicationConstraintSchema).optional().meta({
      description:
        "The conditions the text puts on the date, each with its evidence; the chosen date meets all of them and each alternative fails at least one.",
    }),
    alternatives: z.array(RejectedDateSchema).meta({ description: "Dates considered and rejected." }),
  })
  .meta({
    id: "PublicationDate",
    recordKind: "publicationDate",
    description: "When the document was published, stated or inferred.",
  });

/** When the document was published, stated or inferred. */
export type PublicationDate = z.infer<typeof PublicationDateSchema>;
/** A condition the text puts on its publication day. */
export type PublicationConstraint = z.infer<typeof PublicationConstraintSchema>;
/** A constraint a rejected date fails. */
export type Violation = z.infer<typeof ViolationSchema>;
