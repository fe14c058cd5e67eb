import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, positionOfText, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("spans-match", () => {
  it("reports an altered exact text with the text the offsets really cover", () => {
    const directory = copyData();
    const [claim] = readRecords(directory, "claims.json");
    const original = claim?.evidence.exact as string;
    const altered = `${original.slice(0, -1)}#`;
    editJson(directory, "claims.json", (json) => {
      json.records[0].evidence.exact = altered;
    });
    const file = documentFile(directory, "claims.json");
    const [issue] = issuesOf(directory, "spans-match");
    expect(issue).toMatchObject({
      file,
      ...positionOfText(file, `"exact": ${JSON.stringify(altered)}`),
      recordId: claim?.id,
      field: "evidence.exact",
      message: `exact ${JSON.stringify(altered)} does not match the text at ${claim?.evidence.start}-${claim?.evidence.end}: ${JSON.stringify(original)}`,
    });
  });

  it("reports a shifted span and a span past the end of the text", () => {
    const directory = copyData();
    editJson(directory, "temporal-expressions.json", (json) => {
      json.records[0].span.start += 1;
      json.records[0].span.end += 1;
      json.records[1].span.end = 1_000_000;
    });
    const issues = issuesOf(directory, "spans-match");
    expect(issues.map((issue) => issue.field)).toEqual(["span.exact", "span.end"]);
    expect(issues[1]?.message).toMatch(/^end 1000000 is past the end of the text/);
  });

  it("reports a prefix that is not the text before the span", () => {
    const directory = copyData();
    const quote = readRecords(directory, "quotes.json").find((record) => record.cue.prefix !== undefined);
    editJson(directory, "quotes.json", (json) => {
      json.records.find((record: { id: string }) => record.id === quote?.id).cue.prefix = "not the prefix";
    });
    expect(issuesOf(directory, "spans-match").map((issue) => [issue.recordId, issue.field])).toEqual([
      [quote?.id, "cue.prefix"],
    ]);
  });
});
