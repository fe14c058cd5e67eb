import { getDay } from "date-fns/getDay";
import { parseISO } from "date-fns/parseISO";
import { type EdtfBounds, tryEdtfBounds } from "../../dates/edtf-bounds.js";
import { type ExpectedPeriod, resolveRule } from "../../dates/resolve-rule.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { type ResolutionRule, WEEKDAYS } from "../../schema/temporal-expression.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** An anchor's first calendar day, and whether the anchor is a whole day (a weekday rule needs one). */
interface AnchorDay {
  readonly day: string;
  readonly isDay: boolean;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date a TIMEX3 value starts with (`2021-09-09` of `2021-09-09TEV`, `2021-10`), if it names one. */
const TIMEX_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** A TIMEX3 ISO week (`2021-W36`). */
const TIMEX_WEEK = /^\d{4}-W\d{2}/;

/** How the expected period is named in messages: `2021-09-09`, `the week 2021-W35`, `the year 2020`. */
function periodName(expected: ExpectedPeriod): string {
  return expected.unit === "day" ? expected.name : `the ${expected.unit} ${expected.name}`;
}

/**
 * Why a relative date's TIMEX3 value disagrees with what the rule gives, or undefined when it agrees or names no
 * calendar period (`PAST_REF`, `P4Y`): the timex is data too, and `2021-09-10TEV` for a Thursday that is 9 September
 * is as wrong as the value. A timex less precise than the rule (`2021-09` for a day) agrees when it contains it.
 */
function timexError(timex: string | undefined, expected: ExpectedPeriod): string | undefined {
  if (timex === undefined) return undefined;
  const week = TIMEX_WEEK.exec(timex)?.[0];
  if (week !== undefined) {
    if (expected.unit !== "week" || week === expected.name) return undefined;
  } else {
    const date = TIMEX_DATE.exec(timex)?.[0];
    if (date === undefined) return undefined;
    // Padding a prefix to its first and last possible day lets plain string order compare calendar periods.
    const first = `${date}${"-01-01".slice(date.length - 4)}`;
    const last = `${date}${"-12-31".slice(date.length - 4)}`;
    if (first <= expected.last && last >= expected.first) return undefined;
  }
  return `timex ${quotedValue(timex)} does not match the rule, which gives ${periodName(expected)}`;
}

/** What a rule names in messages: `a thursday`, `september`, `the week`. */
function ruleName(rule: ResolutionRule): string {
  if (rule.op === "weekday") return `a ${rule.weekday}`;
  if (rule.op === "named-month") return rule.month;
  return `the ${rule.op}`;
}

/** Whether every finite bound of an EDTF value lies within the expected period (UTC days, as `edtf` counts). */
function withinPeriod(bounds: EdtfBounds, expected: ExpectedPeriod): boolean {
  const first = Date.parse(`${expected.first}T00:00:00.000Z`);
  const last = Date.parse(`${expected.last}T23:59:59.999Z`);
  return [bounds.min, bounds.max].every(
    (bound) => bound === null || !Number.isFinite(bound) || (bound >= first && bound <= last),
  );
}

/**
 * Why a `same-day` weekday rule cannot hold for its anchor day (`2021-09-10, a friday, not the thursday the text
 * speaks of as today`), or undefined when the anchor falls on the weekday or the rule is another one.
 */
function sameDayError(rule: ResolutionRule, day: string): string | undefined {
  if (rule.op !== "weekday" || rule.relation !== "same-day") return undefined;
  const weekday = WEEKDAYS[getDay(parseISO(day))];
  if (weekday === rule.weekday) return undefined;
  return `${day}, a ${weekday}, not the ${rule.weekday} the text speaks of as the day of writing`;
}

/** The latest instant a JavaScript Date can hold, in milliseconds either side of the epoch. */
const DATE_RANGE = 8.64e15;

/**
 * The first calendar day a date value stands for, or undefined when it does not parse. The publication date is parsed
 * like any other value: `2021-02-30` matches its pattern and is no day at all (edtf-parses says so).
 */
function dayOf(value: string | undefined): AnchorDay | undefined {
  const earliest = value === undefined ? undefined : tryEdtfBounds(value)?.min;
  if (earliest === undefined || earliest === null || !(Math.abs(earliest) <= DATE_RANGE)) return undefined;
  // Years before 0 or after 9999 print as `+010000-01-01`: no calendar day date-fns can resolve a rule from.
  const day = new Date(earliest).toISOString().slice(0, 10);
  if (!CALENDAR_DAY.test(day)) return undefined;
  return { day, isDay: CALENDAR_DAY.test(value ?? "") };
}

/**
 * The first calendar day of each anchor id of a document, or undefined for an id that is unknown or does not parse:
 * each worked out once, since most relative dates share one anchor (the publication date), and the expressions looked
 * up in a map, not searched for each relative date (an id defined twice is the first one).
 */
function anchorDays(document: AnnotatedDocument): (anchor: string) => AnchorDay | undefined {
  const publication = document.document.publicationDate;
  const values = new Map<string, string>();
  for (const expression of document.temporalExpressions) {
    if (!values.has(expression.id)) values.set(expression.id, expression.value);
  }
  const days = new Map<string, AnchorDay | undefined>();
  return (anchor) => {
    if (!days.has(anchor)) days.set(anchor, dayOf(anchor === publication.id ? publication.value : values.get(anchor)));
    return days.get(anchor);
  };
}

/**
 * Relative dates are re-computed with date-fns from their anchor and rule and must match the recorded value:
 * a Thursday resolved to the wrong day, or `last year` to the wrong year, fails. A TIMEX3 value that names a calendar
 * date must agree with the rule too.
 */
export const relativeDates: Check = {
  name: "relative-dates",
  description:
    "Every relative date has an anchor and a rule, and re-computing the rule from the anchor gives its value and timex.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    const anchorDay = anchorDays(document);
    document.temporalExpressions.forEach((expression, index) => {
      // A value that does not parse is reported by edtf-parses; re-computing against it would only repeat that.
      const bounds = expression.resolution === "relative" ? tryEdtfBounds(expression.value) : undefined;
      if (bounds === undefined) return;
      const path = ["temporalExpressions", index];
      if (!expression.anchor || !expression.rule) {
        problems.push({
          path: [...path, expression.anchor ? "rule" : "anchor"],
          message: "a relative date needs an anchor and a rule",
        });
        return;
      }
      const anchor = anchorDay(expression.anchor);
      const needsDay =
        expression.rule.op === "weekday" || expression.rule.op === "day" || expression.rule.op === "week";
      if (!anchor || (needsDay && !anchor.isDay)) {
        const needed = needsDay ? "calendar day" : "date";
        problems.push({
          path: [...path, "anchor"],
          message: `anchor ${quotedValue(expression.anchor)} is not a ${needed}`,
        });
        return;
      }
      const weekdayProblem = sameDayError(expression.rule, anchor.day);
      if (weekdayProblem) {
        problems.push({
          path: [...path, "value"],
          message: `${quotedValue(expression.value)} does not match the rule: anchor ${quotedValue(expression.anchor)} is ${weekdayProblem}`,
        });
        return;
      }
      const expected = resolveRule(expression.rule, anchor.day);
      if (!withinPeriod(bounds, expected)) {
        problems.push({
          path: [...path, "value"],
          message: `${quotedValue(expression.value)} does not match the rule: ${ruleName(expression.rule)} from anchor ${anchor.day} is ${expected.name}`,
        });
      }
      const timexProblem = timexError(expression.timex, expected);
      if (timexProblem) problems.push({ path: [...path, "timex"], message: timexProblem });
    });
    return problems;
  },
};
