import { appendFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyData, documentFile } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("source-hash", () => {
  it("reports a source text that changed after it was annotated", () => {
    const directory = copyData();
    appendFileSync(documentFile(directory, "source.txt"), "\nAn appended line.");
    const [issue] = issuesOf(directory, "source-hash");
    expect(issue).toMatchObject({ file: documentFile(directory, "document.json"), field: "sha256" });
    expect(issue?.message).toMatch(/^the text's SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64}$/);
  });
});
