import { describe, expect, it } from "vitest";
import { copyData, documentFile, editRecord, positionOfText, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("references-resolve", () => {
  it("reports a misspelt speaker with its file, line, record, field and the closest ids", () => {
    const directory = copyData();
    const quote = editRecord(
      directory,
      "quotes.json",
      (record) => record.speaker === "vladimir-putin",
      (record) => {
        record.speaker = "vladimir-putn";
      },
    );
    const file = documentFile(directory, "quotes.json");
    expect(issuesOf(directory, "references-resolve")).toEqual([
      {
        check: "references-resolve",
        level: "error",
        file,
        ...positionOfText(file, '"speaker": "vladimir-putn"'),
        // Validation's own coordinates, kept once the issue is placed in its file.
        documentIndex: expect.any(Number),
        path: [
          "quotes",
          readRecords(directory, "quotes.json").findIndex((record) => record.id === quote.id),
          "speaker",
        ],
        recordId: quote.id,
        field: "speaker",
        message: 'unknown entity id "vladimir-putn"',
        tip: 'did you mean "vladimir-putin"?',
      },
    ]);
  });

  it("reports dangling claimants, relation targets, anchors and affects, each in its own file", () => {
    const directory = copyData();
    editRecord(
      directory,
      "claims.json",
      (record) => record.claimant !== "author",
      (record) => {
        record.claimant = "nobody-at-all";
      },
    );
    editRecord(
      directory,
      "claims.json",
      (record) => record.relations.length > 0,
      (record) => {
        record.relations[0].target = "claim-that-does-not-exist";
      },
    );
    editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.anchor !== undefined,
      (record) => {
        record.anchor = "no-such-anchor";
      },
    );
    editRecord(
      directory,
      "uncertainty-markers.json",
      () => true,
      (record) => {
        record.affects[0] = "no-such-record";
      },
    );
    const issues = issuesOf(directory, "references-resolve");
    expect(issues.map((issue) => [issue.file.split("/").pop(), issue.field, issue.message]).sort()).toEqual([
      ["claims.json", "claimant", 'unknown entity id "nobody-at-all"'],
      ["claims.json", "relations.0.target", 'unknown claim id "claim-that-does-not-exist"'],
      ["temporal-expressions.json", "anchor", 'unknown publication date or temporal expression id "no-such-anchor"'],
      ["uncertainty-markers.json", "affects.0", 'unknown claim or quote or temporal expression id "no-such-record"'],
    ]);
  });
});
