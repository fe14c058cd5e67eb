import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("inferences-explained", () => {
  it("reports an inferred publication date without reasoning and with certainty 1", () => {
    const directory = copyData();
    editJson(directory, "document.json", (json) => {
      delete json.publicationDate.reasoning;
      json.publicationDate.certainty = 1;
    });
    const file = documentFile(directory, "document.json");
    expect(
      issuesOf(directory, "inferences-explained").map((issue) => [issue.file, issue.field, issue.message]),
    ).toEqual([
      [file, "publicationDate.reasoning", "an inferred value needs its reasoning"],
      [file, "publicationDate.certainty", "an inferred value cannot have certainty 1"],
    ]);
  });
});
