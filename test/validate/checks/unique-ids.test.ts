import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, positionOfText, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("unique-ids", () => {
  it("reports the second record that reuses an id, at the second occurrence", () => {
    const directory = copyData();
    const [first] = readRecords(directory, "claims.json");
    editJson(directory, "claims.json", (json) => {
      json.records[1].id = first?.id;
    });
    const file = documentFile(directory, "claims.json");
    expect(issuesOf(directory, "unique-ids")).toEqual([
      {
        check: "unique-ids",
        level: "error",
        file,
        ...positionOfText(file, `"id": "${first?.id}"`, 1),
        documentIndex: expect.any(Number),
        path: ["claims", 1, "id"],
        recordId: first?.id,
        field: "id",
        message: `duplicate id "${first?.id}", already used in claims`,
        tip: "give each record its own id",
      },
    ]);
  });

  it("reports an id shared by two kinds of record", () => {
    const directory = copyData();
    const [quote] = readRecords(directory, "quotes.json");
    editJson(directory, "uncertainty-markers.json", (json) => {
      json.records[0].id = quote?.id;
    });
    const [issue] = issuesOf(directory, "unique-ids");
    expect(issue?.message).toBe(`duplicate id "${quote?.id}", already used in quotes`);
    expect(issue?.file).toBe(documentFile(directory, "uncertainty-markers.json"));
  });
});
