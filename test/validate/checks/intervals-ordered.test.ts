import { describe, expect, it } from "vitest";
import { copyData, editRecord } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("intervals-ordered", () => {
  it("reports a reversed date interval and suggests the right order", () => {
    const directory = copyData();
    const interval = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => /^\d{4}-\d{2}-\d{2}\/\d{4}/.test(record.value),
      (record) => {
        record.value = record.value.split("/").reverse().join("/");
      },
    );
    const [start, end] = String(interval.value).split("/");
    expect(issuesOf(directory, "intervals-ordered")).toMatchObject([
      {
        recordId: interval.id,
        field: "value",
        message: `interval "${end}/${start}" ends before it starts`,
        tip: `write it as "${start}/${end}"`,
      },
    ]);
  });

  it("reports a quantity range whose min exceeds its max", () => {
    const directory = copyData();
    const isRange = (quantity: { approximation: string }) => quantity.approximation === "range";
    const claim = editRecord(
      directory,
      "claims.json",
      (record) => record.quantities.some(isRange),
      (record) => {
        const quantity = record.quantities.find(isRange);
        [quantity.min, quantity.max] = [quantity.max, quantity.min];
      },
    );
    const [issue] = issuesOf(directory, "intervals-ordered");
    expect(issue?.recordId).toBe(claim.id);
    expect(issue?.message).toMatch(/^range min \d+ is greater than max \d+$/);
  });
});
