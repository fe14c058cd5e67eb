import type { Day } from "date-fns";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { endOfISOWeek } from "date-fns/endOfISOWeek";
import { endOfMonth } from "date-fns/endOfMonth";
import { endOfYear } from "date-fns/endOfYear";
import { format } from "date-fns/format";
import { nextDay } from "date-fns/nextDay";
import { parseISO } from "date-fns/parseISO";
import { previousDay } from "date-fns/previousDay";
import { setISODay } from "date-fns/setISODay";
import { setMonth } from "date-fns/setMonth";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfYear } from "date-fns/startOfYear";
import { MONTHS, type ResolutionRule, WEEKDAYS } from "../schema/temporal-expression.js";

/**
 * The calendar period a relative expression must fall in, as re-computed from its anchor: a day, an ISO week, a
 * month or a year, with its first and last day and its TIMEX3 name (`2021-09-09`, `2021-W36`, `2021-09`, `2021`).
 */
export interface ExpectedPeriod {
  readonly unit: "day" | "week" | "month" | "year";
  readonly first: string;
  readonly last: string;
  readonly name: string;
}

const DAY_FORMAT = "yyyy-MM-dd";

/** The period from `first` to `last` (local dates, as date-fns computes them), named in TIMEX3 form. */
function period(unit: ExpectedPeriod["unit"], first: Date, last: Date, nameFormat: string): ExpectedPeriod {
  return { unit, first: format(first, DAY_FORMAT), last: format(last, DAY_FORMAT), name: format(first, nameFormat) };
}

/**
 * The day a weekday rule names: the anchor itself (`same-day`; `relative-dates` reports an anchor that is not that
 * weekday), that weekday of the anchor's ISO week, or strictly after or before the anchor.
 */
function weekdayOf(anchor: Date, rule: Extract<ResolutionRule, { op: "weekday" }>): Date {
  if (rule.relation === "same-day") return anchor;
  const day = WEEKDAYS.indexOf(rule.weekday) as Day;
  if (rule.relation === "next") return nextDay(anchor, day);
  if (rule.relation === "previous") return previousDay(anchor, day);
  // ISO weeks run Monday (1) to Sunday (7); date-fns numbers Sunday 0.
  return setISODay(anchor, day === 0 ? 7 : day);
}

/** The first day of the month a named-month rule names: in the anchor's year, or strictly after or before its month. */
function namedMonthOf(anchor: Date, rule: Extract<ResolutionRule, { op: "named-month" }>): Date {
  const month = MONTHS.indexOf(rule.month);
  const sameYear = setMonth(startOfMonth(anchor), month);
  const anchorMonth = anchor.getMonth();
  if (rule.relation === "next") return month > anchorMonth ? sameYear : addMonths(sameYear, 12);
  if (rule.relation === "previous") return month < anchorMonth ? sameYear : addMonths(sameYear, -12);
  return sameYear;
}

/**
 * Re-computes, with date-fns, the calendar period a relative temporal expression resolves to from its anchor day.
 *
 * @param rule - The expression's resolution rule.
 * @param anchorDay - The anchor as an ISO calendar date (`2021-09-09`).
 * @returns The day, ISO week, month or year the expression's value must lie within.
 *
 * @example
 * resolveRule({ op: "weekday", weekday: "thursday", relation: "same-week" }, "2021-09-10").name
 * //=> "2021-09-09"
 * resolveRule({ op: "weekday", weekday: "thursday", relation: "same-day" }, "2021-09-09").name
 * //=> "2021-09-09"
 * resolveRule({ op: "day", shift: -1 }, "2021-09-09").name
 * //=> "2021-09-08"
 * resolveRule({ op: "week", shift: -1 }, "2021-09-09")
 * //=> { unit: "week", first: "2021-08-30", last: "2021-09-05", name: "2021-W35" }
 * resolveRule({ op: "named-month", month: "january", relation: "next" }, "2021-09-09").name
 * //=> "2022-01"
 */
export function resolveRule(rule: ResolutionRule, anchorDay: string): ExpectedPeriod {
  const anchor = parseISO(anchorDay);
  switch (rule.op) {
    case "day": {
      const day = addDays(anchor, rule.shift);
      return period("day", day, day, DAY_FORMAT);
    }
    case "weekday": {
      const day = weekdayOf(anchor, rule);
      return period("day", day, day, DAY_FORMAT);
    }
    case "week": {
      const week = startOfISOWeek(addWeeks(anchor, rule.shift));
      return period("week", week, endOfISOWeek(week), "RRRR-'W'II");
    }
    case "month": {
      const month = startOfMonth(addMonths(anchor, rule.shift));
      return period("month", month, endOfMonth(month), "yyyy-MM");
    }
    case "named-month": {
      const month = namedMonthOf(anchor, rule);
      return period("month", month, endOfMonth(month), "yyyy-MM");
    }
    case "year": {
      const year = startOfYear(addYears(anchor, rule.shift));
      return period("year", year, endOfYear(year), "yyyy");
    }
  }
}
