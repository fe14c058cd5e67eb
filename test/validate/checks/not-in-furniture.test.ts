import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("not-in-furniture", () => {
  it("reports a record anchored in the cookie notice", () => {
    const directory = copyData();
    const text = readFileSync(documentFile(directory, "source.txt"), "utf8");
    const start = text.lastIndexOf("cookies");
    const [quote] = readRecords(directory, "quotes.json");
    editJson(directory, "quotes.json", (json) => {
      json.records[0].cue = { start, end: start + "cookies".length, exact: "cookies" };
    });
    const [issue] = issuesOf(directory, "not-in-furniture");
    expect(issue).toMatchObject({ recordId: quote?.id, field: "cue" });
    expect(issue?.message).toBe(
      `span ${start}-${start + 7} lies in page furniture (segment "cookie-notice", cookie-notice)`,
    );
  });
});
