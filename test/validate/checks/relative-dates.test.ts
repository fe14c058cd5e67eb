import { describe, expect, it } from "vitest";
import { copyData, editRecord } from "../../helpers/data-copy.js";
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
});
