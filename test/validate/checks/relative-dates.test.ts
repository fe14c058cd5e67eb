import { describe, expect, it } from "vitest";
import { copyData, editJson, editRecord, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("relative-dates", () => {
  it("reports a Thursday resolved to a Wednesday", () => {
    const directory = copyData();
    const thursday = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.rule?.weekday === "thursday",
      (record) => {
        record.value = "2021-09-08";
      },
    );
    expect(issuesOf(directory, "relative-dates")).toMatchObject([
      {
        recordId: thursday.id,
        field: "value",
        message: '"2021-09-08" does not match the rule: a thursday from anchor 2021-09-09 is 2021-09-09',
      },
    ]);
  });

  it("reports 'last year' resolved to the wrong year", () => {
    const directory = copyData();
    const lastYear = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.rule?.shift === -1,
      (record) => {
        record.value = "2019";
      },
    );
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.message])).toEqual([
      [lastYear.id, '"2019" does not match the rule: the year from anchor 2021-09-09 is 2020'],
    ]);
  });

  it("reports a relative date without its rule", () => {
    const directory = copyData();
    const relative = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.resolution === "relative",
      (record) => {
        delete record.rule;
      },
    );
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.field])).toEqual([
      [relative.id, "rule"],
    ]);
  });

  it("reports a timex that names another day than the rule gives, and leaves a timex with no date alone", () => {
    const directory = copyData();
    const evening = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.rule?.op === "weekday" && /^\d{4}-\d{2}-\d{2}T/.test(record.timex ?? ""),
      (record) => {
        record.timex = "2021-09-10TEV";
      },
    );
    editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.resolution === "relative" && record.rule?.op === "year" && record.timex === undefined,
      (record) => {
        record.timex = "PRESENT_REF";
      },
    );
    expect(issuesOf(directory, "relative-dates")).toMatchObject([
      {
        recordId: evening.id,
        field: "timex",
        message: 'timex "2021-09-10TEV" does not match the rule, which gives 2021-09-09',
      },
    ]);
  });

  it("reports a timex in another year than a year rule gives", () => {
    const directory = copyData();
    const later = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.rule?.op === "year" && /^\d{4}/.test(record.timex ?? ""),
      (record) => {
        record.timex = record.timex.replace(/^\d{4}/, "2022");
      },
    );
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.field, issue.message])).toEqual([
      [
        later.id,
        "timex",
        `timex "${later.timex.replace(/^\d{4}/, "2022")}" does not match the rule, which gives the year 2021`,
      ],
    ]);
  });

  // The news-text rules (today, last week, last month, a month named without a year) are checked like the weekday
  // and year rules: the shipped Thursday, anchored on the publication day 2021-09-09, is rewritten to each.
  /** A copy of the data whose first weekday-rule expression has this rule, value and timex (none when undefined). */
  function thursdayRewritten(rule: object, value: string, timex?: string) {
    const directory = copyData();
    const record = editRecord(
      directory,
      "temporal-expressions.json",
      (candidate) => candidate.rule?.op === "weekday",
      (candidate) => {
        candidate.rule = rule;
        candidate.value = value;
        if (timex === undefined) delete candidate.timex;
        else candidate.timex = timex;
      },
    );
    return { directory, record };
  }

  it.each([
    ["yesterday", { op: "day", shift: -1 }, "2021-09-08", undefined],
    ["three days ago", { op: "day", shift: -3 }, "2021-09-06", undefined],
    ["last week", { op: "week", shift: -1 }, "2021-08-30/2021-09-05", "2021-W35"],
    ["a day of next week", { op: "week", shift: 1 }, "2021-09-15", undefined],
    ["last month", { op: "month", shift: -1 }, "2021-08", "2021-08"],
    ["in January (next)", { op: "named-month", month: "january", relation: "next" }, "2022-01", undefined],
    ["in October (same year)", { op: "named-month", month: "october", relation: "same-year" }, "2021-10-05", undefined],
  ])("accepts %s resolved right", (_text, rule, value, timex) => {
    const { directory } = thursdayRewritten(rule, value, timex);
    expect(issuesOf(directory, "relative-dates")).toEqual([]);
  });

  it.each([
    ["yesterday", { op: "day", shift: -1 }, "2021-09-09", "the day from anchor 2021-09-09 is 2021-09-08"],
    ["last week", { op: "week", shift: -1 }, "2021-09-06/2021-09-12", "the week from anchor 2021-09-09 is 2021-W35"],
    ["last month", { op: "month", shift: -1 }, "2021-09", "the month from anchor 2021-09-09 is 2021-08"],
    [
      "next January",
      { op: "named-month", month: "january", relation: "next" },
      "2021-01",
      "january from anchor 2021-09-09 is 2022-01",
    ],
  ])("reports %s resolved to the wrong period", (_text, rule, value, message) => {
    const { directory, record } = thursdayRewritten(rule, value);
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.field, issue.message])).toEqual([
      [record.id, "value", `"${value}" does not match the rule: ${message}`],
    ]);
  });

  it("reports every Thursday spoken of as the day of writing when the publication date is moved to a Friday", () => {
    const directory = copyData();
    const sameDay = readRecords(directory, "temporal-expressions.json").filter(
      (record) => record.rule?.relation === "same-day",
    );
    expect(sameDay.length).toBeGreaterThan(0);
    editJson(directory, "document.json", (json) => {
      json.publicationDate.value = "2021-09-10";
    });
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.field, issue.message])).toEqual(
      sameDay.map((record) => [
        record.id,
        "value",
        `"${record.value}" does not match the rule: anchor "${record.anchor}" is 2021-09-10, a friday, not the thursday the text speaks of as the day of writing`,
      ]),
    );
  });

  it("reports a TIMEX3 week that is not the week the rule gives", () => {
    const { directory, record } = thursdayRewritten({ op: "week", shift: -1 }, "2021-08-30/2021-09-05", "2021-W36");
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.message])).toEqual([
      [record.id, 'timex "2021-W36" does not match the rule, which gives the week 2021-W35'],
    ]);
  });
});
