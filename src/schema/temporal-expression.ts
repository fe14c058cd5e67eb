import { z } from "zod";
import { boundedString } from "./bounded-string.js";
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

/**
 * `Thursday` resolved against an anchor: the anchor's own day when the text speaks of that weekday as today (`is
 * meeting ... on Thursday`, written on the Thursday), the named weekday in the anchor's week (`on Thursday`, `this
 * Thursday`), the first one after it (`next Thursday`) or the last one before it (`last Thursday`).
 */
export const WeekdayRuleSchema = z
  .strictObject({
    op: z.literal("weekday"),
    weekday: z.enum(WEEKDAYS).meta({ description: "The weekday the text names." }),
    relation: z.enum(["same-day", "same-week", "next", "previous"]).meta({
      description:
        "same-day: the anchor's own day, which must fall on that weekday, when the text speaks of the weekday as today (`is meeting ... on Thursday`); same-week: that weekday of the anchor's ISO week (Monday first), for `on Thursday` and `this Thursday`; next/previous: strictly after/before the anchor, for `next Thursday` and `last Thursday`.",
    }),
  })
  .meta({ id: "WeekdayRule", description: "A named weekday resolved against the anchor day." });

/** `today`, `yesterday`, `tomorrow`, `three days ago`, `in two days`: the anchor day plus `shift` days. */
export const DayRuleSchema = z
  .strictObject({
    op: z.literal("day"),
    shift: z.number().int().meta({
      description: "Days to add to the anchor day: 0 `today`, -1 `yesterday`, 1 `tomorrow`, -3 `three days ago`.",
    }),
  })
  .meta({ id: "DayRule", description: "The anchor day plus `shift` days." });

/** `this week`, `last week`, `next week`, `two weeks ago`: the anchor's ISO week plus `shift` weeks. */
export const WeekRuleSchema = z
  .strictObject({
    op: z.literal("week"),
    shift: z.number().int().meta({
      description: "Weeks to add to the anchor's ISO week: 0 `this week`, -1 `last week`, -2 `two weeks ago`.",
    }),
  })
  .meta({
    id: "WeekRule",
    description: "The anchor's ISO week (Monday to Sunday) plus `shift` weeks; the value lies within that week.",
  });

/** `this month`, `last month`, `next month`, `three months ago`: the anchor's calendar month plus `shift` months. */
export const MonthRuleSchema = z
  .strictObject({
    op: z.literal("month"),
    shift: z.number().int().meta({
      description: "Months to add to the anchor's month: 0 `this month`, -1 `last month`, 2 `in two months`.",
    }),
  })
  .meta({ id: "MonthRule", description: "The anchor's month plus `shift` months; the value lies within it." });

/** The months of the year, as the `named-month` resolution rule names them. */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** `in September` without a year: that month of the anchor's year, the next one or the previous one. */
export const NamedMonthRuleSchema = z
  .strictObject({
    op: z.literal("named-month"),
    month: z.enum(MONTHS).meta({ description: "The month the text names." }),
    relation: z.enum(["same-year", "next", "previous"]).meta({
      description:
        "same-year: that month of the anchor's year; next/previous: the first such month strictly after/before the anchor's month.",
    }),
  })
  .meta({ id: "NamedMonthRule", description: "A month named without a year, resolved against the anchor." });

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
export const ResolutionRuleSchema = z
  .discriminatedUnion("op", [
    DayRuleSchema,
    WeekdayRuleSchema,
    WeekRuleSchema,
    MonthRuleSchema,
    NamedMonthRuleSchema,
    YearRuleSchema,
  ])
  .meta({
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
    value: boundedString().min(1).meta({
      description:
        "Normalized value. DATE and TIME: EDTF (ISO 8601-2), e.g. `2021-09-09`, `2021-10/..`, `2021-09-10/2021-09-16`. DURATION: ISO 8601 duration, `X` for an unstated amount (`P4Y`, `PXD`). SET: a recurrence (`R/P4Y`).",
    }),
    timex: boundedString().min(1).optional().meta({
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
    reasoning: boundedString()
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
