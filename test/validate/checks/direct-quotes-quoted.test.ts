import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("direct-quotes-quoted", () => {
  it("reports reported speech marked as a direct quote", () => {
    const directory = copyData();
    const indirect = readRecords(directory, "quotes.json").find((record) => record.kind === "indirect");
    editJson(directory, "quotes.json", (json) => {
      json.records.find((record: { id: string }) => record.id === indirect?.id).kind = "direct";
    });
    expect(
      issuesOf(directory, "direct-quotes-quoted").map((issue) => [issue.recordId, issue.field, issue.message]),
    ).toEqual([[indirect?.id, "content", "a direct quote's content must lie inside quotation marks"]]);
  });

  it("reports a direct quote whose span runs past its closing quotation mark", () => {
    const directory = copyData();
    const text = readFileSync(documentFile(directory, "source.txt"), "utf8");
    const direct = readRecords(directory, "quotes.json").find((record) => record.kind === "direct");
    const end = text.indexOf("”", direct?.content.end) + 1;
    editJson(directory, "quotes.json", (json) => {
      const record = json.records.find((candidate: { id: string }) => candidate.id === direct?.id);
      record.content = { start: record.content.start, end, exact: text.slice(record.content.start, end) };
    });
    expect(issuesOf(directory, "direct-quotes-quoted").map((issue) => issue.recordId)).toEqual([direct?.id]);
  });
});
