import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyData, documentFile, editRecord } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("direct-quotes-quoted", () => {
  it("reports reported speech marked as a direct quote", () => {
    const directory = copyData();
    const indirect = editRecord(
      directory,
      "quotes.json",
      (record) => record.kind === "indirect",
      (record) => {
        record.kind = "direct";
      },
    );
    expect(
      issuesOf(directory, "direct-quotes-quoted").map((issue) => [issue.recordId, issue.field, issue.message]),
    ).toEqual([[indirect.id, "content", "a direct quote's content must lie inside quotation marks"]]);
  });

  it("reports a direct quote whose span runs past its closing quotation mark", () => {
    const directory = copyData();
    const text = readFileSync(documentFile(directory, "source.txt"), "utf8");
    const direct = editRecord(
      directory,
      "quotes.json",
      (record) => record.kind === "direct",
      (record) => {
        const end = text.indexOf("”", record.content.end) + 1;
        record.content = { start: record.content.start, end, exact: text.slice(record.content.start, end) };
      },
    );
    expect(issuesOf(directory, "direct-quotes-quoted").map((issue) => issue.recordId)).toEqual([direct.id]);
  });
});
