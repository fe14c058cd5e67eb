import { describe, expect, it } from "vitest";
import { resolveRule } from "../../src/dates/resolve-rule.js";
import type { ResolutionRule } from "../../src/schema/temporal-expression.js";

// 9 September 2021 was a Thursday, in ISO week 36 (Monday 6 to Sunday 12 September). The expected values below were
// read off a calendar, not computed.
const THURSDAY = "2021-09-09";

/** The TIMEX3 name of the period a rule gives from the anchor. */
function nameOf(rule: ResolutionRule, anchor = THURSDAY): string {
  return resolveRule(rule, anchor).name;
}

describe("resolveRule", () => {
  it.each([
    ["today", 0, "2021-09-09"],
    ["yesterday", -1, "2021-09-08"],
    ["tomorrow", 1, "2021-09-10"],
    ["three days ago", -3, "2021-09-06"],
    ["in two days", 2, "2021-09-11"],
    ["ten days ago, across a month", -10, "2021-08-30"],
  ])("day: %s", (_text, shift, day) => {
    expect(resolveRule({ op: "day", shift }, THURSDAY)).toEqual({ unit: "day", first: day, last: day, name: day });
  });

  it.each([
    ["on Thursday, spoken of as today (the anchor's own day)", "thursday", "same-day", "2021-09-09"],
    ["on Thursday (the anchor's own day)", "thursday", "same-week", "2021-09-09"],
    ["this Monday", "monday", "same-week", "2021-09-06"],
    ["on Sunday (ISO weeks end on Sunday)", "sunday", "same-week", "2021-09-12"],
    ["last Thursday", "thursday", "previous", "2021-09-02"],
    ["next Thursday", "thursday", "next", "2021-09-16"],
    ["last Friday", "friday", "previous", "2021-09-03"],
    ["next Friday", "friday", "next", "2021-09-10"],
  ] as const)("weekday: %s", (_text, weekday, relation, day) => {
    expect(nameOf({ op: "weekday", weekday, relation })).toBe(day);
  });

  it.each([
    ["this week", 0, "2021-09-06", "2021-09-12", "2021-W36"],
    ["last week", -1, "2021-08-30", "2021-09-05", "2021-W35"],
    ["next week", 1, "2021-09-13", "2021-09-19", "2021-W37"],
    ["two weeks ago", -2, "2021-08-23", "2021-08-29", "2021-W34"],
  ])("week: %s", (_text, shift, first, last, name) => {
    expect(resolveRule({ op: "week", shift }, THURSDAY)).toEqual({ unit: "week", first, last, name });
  });

  it("names weeks by their ISO week-numbering year at the turn of a year", () => {
    // 2 January 2021 belongs to 2020-W53 (28 December 2020 to 3 January 2021).
    expect(resolveRule({ op: "week", shift: 0 }, "2021-01-02")).toEqual({
      unit: "week",
      first: "2020-12-28",
      last: "2021-01-03",
      name: "2020-W53",
    });
    expect(nameOf({ op: "week", shift: -1 }, "2021-01-02")).toBe("2020-W52");
  });

  it.each([
    ["this month", 0, "2021-09-01", "2021-09-30", "2021-09"],
    ["last month", -1, "2021-08-01", "2021-08-31", "2021-08"],
    ["next month", 1, "2021-10-01", "2021-10-31", "2021-10"],
    ["nine months ago, across a year", -9, "2020-12-01", "2020-12-31", "2020-12"],
  ])("month: %s", (_text, shift, first, last, name) => {
    expect(resolveRule({ op: "month", shift }, THURSDAY)).toEqual({ unit: "month", first, last, name });
  });

  it("gives February its real length", () => {
    expect(resolveRule({ op: "month", shift: -7 }, THURSDAY).last).toBe("2021-02-28");
    expect(resolveRule({ op: "month", shift: 0 }, "2024-02-10").last).toBe("2024-02-29");
  });

  it.each([
    ["in September (the anchor's month)", "september", "same-year", "2021-09"],
    ["in January, same year", "january", "same-year", "2021-01"],
    ["next January", "january", "next", "2022-01"],
    ["in October, next", "october", "next", "2021-10"],
    ["last October", "october", "previous", "2020-10"],
    ["last March", "march", "previous", "2021-03"],
    ["next September, a year on", "september", "next", "2022-09"],
    ["last September, a year back", "september", "previous", "2020-09"],
  ] as const)("named month: %s", (_text, month, relation, name) => {
    expect(nameOf({ op: "named-month", month, relation })).toBe(name);
  });

  it.each([
    ["this year", 0, "2021"],
    ["last year", -1, "2020"],
    ["next year", 1, "2022"],
  ])("year: %s", (_text, shift, year) => {
    expect(resolveRule({ op: "year", shift }, THURSDAY)).toEqual({
      unit: "year",
      first: `${year}-01-01`,
      last: `${year}-12-31`,
      name: year,
    });
  });
});
