import { describe, expect, it } from "vitest";
import { copyData, editJson, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("relative-dates", () => {
  it("reports a Thursday resolved to a Wednesday", () => {
    const directory = copyData();
    const thursday = readRecords(directory, "temporal-expressions.json").find(
      (record) => record.rule?.weekday === "thursday",
    );
    editJson(directory, "temporal-expressions.json", (json) => {
      json.records.find((record: { id: string }) => record.id === thursday?.id).value = "2021-09-08";
    });
    expect(issuesOf(directory, "relative-dates")).toMatchObject([
      {
        recordId: thursday?.id,
        field: "value",
        message: '"2021-09-08" does not match the rule: a thursday from anchor 2021-09-09 is 2021-09-09',
      },
    ]);
  });

  it("reports 'last year' resolved to the wrong year", () => {
    const directory = copyData();
    const lastYear = readRecords(directory, "temporal-expressions.json").find((record) => record.rule?.shift === -1);
    editJson(directory, "temporal-expressions.json", (json) => {
      json.records.find((record: { id: string }) => record.id === lastYear?.id).value = "2019";
    });
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.message])).toEqual([
      [lastYear?.id, '"2019" does not match the rule: the year from anchor 2021-09-09 is 2020'],
    ]);
  });

  it("reports a relative date without its rule", () => {
    const directory = copyData();
    const relative = readRecords(directory, "temporal-expressions.json").find(
      (record) => record.resolution === "relative",
    );
    editJson(directory, "temporal-expressions.json", (json) => {
      delete json.records.find((record: { id: string }) => record.id === relative?.id).rule;
    });
    expect(issuesOf(directory, "relative-dates").map((issue) => [issue.recordId, issue.field])).toEqual([
      [relative?.id, "rule"],
    ]);
  });
});
