import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, positionOfText, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("references-resolve", () => {
  it("reports a misspelt speaker with its file, line, record, field and the closest ids", () => {
    const directory = copyData();
    const quote = readRecords(directory, "quotes.json").find((record) => record.speaker === "vladimir-putin");
    editJson(directory, "quotes.json", (json) => {
      json.records.find((record: { id: string }) => record.id === quote?.id).speaker = "vladimir-putn";
    });
    const file = documentFile(directory, "quotes.json");
    expect(issuesOf(directory, "references-resolve")).toEqual([
      {
        check: "references-resolve",
        file,
        ...positionOfText(file, '"speaker": "vladimir-putn"'),
        recordId: quote?.id,
        field: "speaker",
        message: 'unknown entity id "vladimir-putn"',
        tip: 'did you mean "vladimir-putin"?',
      },
    ]);
  });

  it("reports dangling claimants, relation targets, anchors and affects, each in its own file", () => {
    const directory = copyData();
    editJson(directory, "claims.json", (json) => {
      const reported = json.records.find((record: { claimant: string }) => record.claimant !== "author");
      reported.claimant = "nobody-at-all";
      const related = json.records.find((record: { relations: unknown[] }) => record.relations.length > 0);
      related.relations[0].target = "claim-that-does-not-exist";
    });
    editJson(directory, "temporal-expressions.json", (json) => {
      json.records.find((record: { anchor?: string }) => record.anchor).anchor = "no-such-anchor";
    });
    editJson(directory, "uncertainty-markers.json", (json) => {
      json.records[0].affects[0] = "no-such-record";
    });
    const issues = issuesOf(directory, "references-resolve");
    expect(issues.map((issue) => [issue.file.split("/").pop(), issue.field, issue.message])).toEqual([
      ["claims.json", "claimant", 'unknown entity id "nobody-at-all"'],
      ["claims.json", "relations.0.target", 'unknown claim id "claim-that-does-not-exist"'],
      ["temporal-expressions.json", "anchor", 'unknown publication date or temporal expression id "no-such-anchor"'],
      ["uncertainty-markers.json", "affects.0", 'unknown claim or quote or temporal expression id "no-such-record"'],
    ]);
  });
});
