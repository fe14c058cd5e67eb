import { describe, expect, it } from "vitest";
import { copyData, editJson, type JsonRecord } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** A copy of the data in which `part` is also said to be part of `whole`, on the evidence of its first mention. */
function withPartOf(part: string, whole: string): string {
  const directory = copyData();
  editJson(directory, "entities.json", (json) => {
    const entity = json.records.find((record: JsonRecord) => record.id === part);
    entity.partOf = [...(entity.partOf ?? []), { of: whole, span: entity.mentions[0].span }];
  });
  return directory;
}

describe("parts-acyclic", () => {
  it("reports an entity said to be part of itself", () => {
    expect(issuesOf(withPartOf("union-state", "union-state"), "parts-acyclic")).toMatchObject([
      { recordId: "union-state", field: "partOf.0", message: expect.stringContaining("a cycle") },
    ]);
  });

  it("reports the link that closes a longer cycle, once", () => {
    // The shipped article: the agreements are part of the 1999 treaty, which is part of the Union State.
    const issues = issuesOf(withPartOf("union-state", "integration-agreements"), "parts-acyclic");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      'the part-of links form a cycle: "union-state" is part of "integration-agreements" is part of "union-state-treaty-1999" is part of "union-state"',
    );
  });

  it("finds the shipped part-of links free of cycles", () => {
    expect(issuesOf(copyData(), "parts-acyclic")).toEqual([]);
  });
});
