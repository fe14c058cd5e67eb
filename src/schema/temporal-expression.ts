import { z } from "zod";
import { CertaintySchema } from "./certainty.js";
import { RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** TIMEX3 types. */
export const TemporalTypeSchema = z
  .enum(["DATE", "TIME", "DURATION", "SET"])
  .meta({ description: "TIMEX3 type: DATE, TIME (part of a day), DURATION, SET (a recurrence)." });

/** The days of the week, as the `weekday` resolution rule names them. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** `Thursday` resolved against an anchor: the named weekday in the anchor's week, the next or the previous one. */
export const WeekdayRuleSchema = z
  .strictObject({
    op: z.literal("weekday"),
    weekday: z.enum(WEEKDAYS).meta({ description: "The weekday the text names." }),
    relation: z.enum(["same-week", "next", "previous"]).meta({
      description:
        "same-week: that weekday of the anchor's ISO week (Monday first); next/previous: strictly after/before the anchor.",
    }),
  })
  .meta({ id: "WeekdayRule", description: "A named weekday resolved against the anchor day." });

/** `last year`, `this year`, `10-16 September`: the year of the value is the anchor's year plus `shift`. */
export const YearRuleSchema = z
  .strictObject({
    op: z.literal("year"),
    shift: z
      .number()
      .int()
      .meta({ description: "Years to add to the anchor's year (-1 for `last year`, 0 for `this year`)." }),
  })
  .meta({ id: "YearRule", description: "Every year in the value is the anchor's year plus `shift`." });

/** How a relative expression's value follows from its anchor; the build re-computes it with date-fns. */
export const ResolutionRuleSchema = z.discriminatedUnion("op", [WeekdayRuleSchema, YearRuleSchema]).meta({
  id: "ResolutionRule",
  description: "How a relative value follows from its anchor (re-computed by the build).",
});

/** TIMEX3 `mod` values: how the value is modified by the text (`before`, `about`, `the start of`). */
export const TemporalModSchema = z
  .enum(["BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END", "APPROX"])
  .meta({ description: "TIMEX3 mod: BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, START, MID, END, APPROX." });

/** A date, time, duration or recurrence in the text, normalized (TimeML TIMEX3 with EDTF values). */
export const TemporalExpressionSchema = z
  .strictObject({
    id: RecordIdSchema,
    span: SpanSchema,
    type: TemporalTypeSchema,
    value: z.string().min(1).meta({
      description:
        "Normalized value. DATE and TIME: EDTF (ISO 8601-2), e.g. `2021-09-09`, `2021-10/..`, `2021-09-10/2021-09-16`. DURATION: ISO 8601 duration, `X` for an unstated amount (`P4Y`, `PXD`). SET: a recurrence (`R/P4Y`).",
    }),
    timex: z.string().min(1).optional().meta({
      description: "TIMEX3 value where it says more than EDTF can, e.g. `2021-09-09TEV` for Thursday evening.",
    }),
    mod: TemporalModSchema.optional(),
    resolution: z.enum(["explicit", "relative", "inferred"]).meta({
      description:
        "explicit: the text gives the value; relative: computed from the anchor by `rule`; inferred: worked out with reasoning.",
    }),
    anchor: referenceTo(
      ["publicationDate", "temporalExpression"],
      "Id of what the value was resolved against: the publication date or another temporal expression.",
    ).optional(),
    rule: ResolutionRuleSchema.optional(),
    certainty: CertaintySchema,
    reasoning: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "How an inferred value was worked out (required when inferred)." }),
    dates: z
      .array(referenceTo(["entity", "quote", "claim"], "An event entity, quote or claim this expression dates."))
      .meta({ description: "Ids of the events, quotes and claims this expression places in time." }),
  })
  .meta({
    id: "TemporalExpression",
    recordKind: "temporalExpression",
    description: "A date, time, duration or recurrence, normalized as TIMEX3/EDTF.",
  });

/** A date, time, duration or recurrence in the text, normalized. */
export type TemporalExpression = z.infer<typeof TemporalExpressionSchema>;
/** How a relative expression's value follows from its anchor. */
export type ResolutionRule = z.infer<typeof ResolutionRuleSchema>;
