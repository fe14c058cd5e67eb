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
});
