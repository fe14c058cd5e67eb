import { describe, expect, it } from "vitest";
import { copyData, editJson, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("intervals-ordered", () => {
  it("reports a reversed date interval and suggests the right order", () => {
    const directory = copyData();
    const interval = readRecords(directory, "temporal-expressions.json").find((record) =>
      /^\d{4}-\d{2}-\d{2}\/\d{4}/.test(record.value),
    );
    const [start, end] = String(interval?.value).split("/");
    editJson(directory, "temporal-expressions.json", (json) => {
      json.records.find((record: { id: string }) => record.id === interval?.id).value = `${end}/${start}`;
    });
    expect(issuesOf(directory, "intervals-ordered")).toMatchObject([
      {
        recordId: interval?.id,
        field: "value",
        message: `interval "${end}/${start}" ends before it starts`,
        tip: `write it as "${start}/${end}"`,
      },
    ]);
  });

  it("reports a quantity range whose min exceeds its max", () => {
    const directory = copyData();
    const claim = readRecords(directory, "claims.json").find((record) =>
      record.quantities.some((quantity: { approximation: string }) => quantity.approximation === "range"),
    );
    editJson(directory, "claims.json", (json) => {
      const quantity = json.records
        .find((record: { id: string }) => record.id === claim?.id)
        .quantities.find((candidate: { approximation: string }) => candidate.approximation === "range");
      [quantity.min, quantity.max] = [quantity.max, quantity.min];
    });
    const [issue] = issuesOf(directory, "intervals-ordered");
    expect(issue?.recordId).toBe(claim?.id);
    expect(issue?.message).toMatch(/^range min \d+ is greater than max \d+$/);
  });
});
