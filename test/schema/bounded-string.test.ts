import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/schema/limits.js";
import { copyData, documentFile, editRecord, positionOfText, readRecords } from "../helpers/data-copy.js";
import { issuesOf } from "../helpers/validate-copy.js";

describe("bounded strings", () => {
  it("reports a record's string longer than the limit at its record and field, and lets one at the limit pass", () => {
    const directory = copyData();
    const long = editRecord(
      directory,
      "claims.json",
      () => true,
      (record) => {
        record.statement = "x".repeat(LIMITS.stringLength + 1);
      },
    );
    editRecord(
      directory,
      "entities.json",
      () => true,
      (record) => {
        record.description = "y".repeat(LIMITS.stringLength);
      },
    );
    const file = documentFile(directory, "claims.json");
    expect(issuesOf(directory, "schema")).toEqual([
      {
        check: "schema",
        level: "error",
        file,
        ...positionOfText(file, '"statement": "xxx'),
        documentIndex: expect.any(Number),
        path: [
          "claims",
          readRecords(directory, "claims.json").findIndex((record) => record.id === long.id),
          "statement",
        ],
        recordId: long.id,
        field: "statement",
        message: `the string is ${LIMITS.stringLength + 1} code units long, more than the limit of ${LIMITS.stringLength}`,
      },
    ]);
  });

  it("bounds every string the schemas allow, ids and references included", () => {
    const directory = copyData();
    const long = editRecord(
      directory,
      "quotes.json",
      () => true,
      (record) => {
        record.speaker = "a".repeat(LIMITS.stringLength + 1);
      },
    );
    expect(issuesOf(directory, "schema")).toEqual([
      expect.objectContaining({
        recordId: long.id,
        field: "speaker",
        message: `the string is ${LIMITS.stringLength + 1} code units long, more than the limit of ${LIMITS.stringLength}`,
      }),
    ]);
  });
});
