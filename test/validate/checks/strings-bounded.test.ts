import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/schema/limits.js";
import { copyData, documentFile, editRecord, positionOfText, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("strings-bounded", () => {
  it("reports a string longer than the limit at its record and field, and lets one at the limit pass", () => {
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
    expect(issuesOf(directory, "strings-bounded")).toEqual([
      {
        check: "strings-bounded",
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
        tip: "records quote the text through spans; a longer string is almost certainly a mistake",
      },
    ]);
  });
});
