import { describe, expect, it } from "vitest";
import { copyData, documentFile, editRecord, positionOfText } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("edtf-parses", () => {
  it("reports a DATE value that is not EDTF, at its value", () => {
    const directory = copyData();
    const date = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.type === "DATE",
      (record) => {
        record.value = "2021-13-45";
      },
    );
    const file = documentFile(directory, "temporal-expressions.json");
    const [issue] = issuesOf(directory, "edtf-parses");
    expect(issue).toMatchObject({
      file,
      ...positionOfText(file, '"value": "2021-13-45"'),
      recordId: date.id,
      field: "value",
    });
    expect(issue?.message).toMatch(/^"2021-13-45" is not valid EDTF: /);
  });

  it("reports a duration and a recurrence that are not ISO 8601", () => {
    const directory = copyData();
    editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.type === "DURATION",
      (record) => {
        record.value = "four years";
      },
    );
    editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.type === "SET",
      (record) => {
        record.value = "every P4Y";
      },
    );
    expect(
      issuesOf(directory, "edtf-parses")
        .map((issue) => issue.message)
        .sort(),
    ).toEqual([
      '"every P4Y" is not an ISO 8601 recurrence such as R/P4Y',
      '"four years" is not an ISO 8601 duration such as P4Y or PXD',
    ]);
  });
});
