import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../src/load/read-data-directory.js";
import { UsageError } from "../../src/load/usage-error.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { copyData, documentFile } from "../helpers/data-copy.js";

describe("readDataDirectory", () => {
  it("reports a JSON syntax error at the character that breaks it", () => {
    const directory = copyData();
    writeFileSync(documentFile(directory, "quotes.json"), '{\n  "records": [\n    { "id": "x", }\n  ]\n}\n');
    const { issues } = validateDirectory(directory);
    expect(issues).toContainEqual({
      check: "json",
      level: "error",
      file: documentFile(directory, "quotes.json"),
      line: 3,
      column: 18,
      recordId: "-",
      field: "",
      message: "JSON syntax error: PropertyNameExpected",
    });
  });

  it("reports an unexpected file rather than ignoring its records", () => {
    const directory = copyData();
    writeFileSync(documentFile(directory, "quote.json"), '{ "records": [] }\n');
    const { issues } = validateDirectory(directory);
    expect(issues.map((issue) => [issue.check, issue.file, issue.message])).toEqual([
      ["layout", documentFile(directory, "quote.json"), 'unexpected file "quote.json" in a document folder'],
    ]);
  });

  it("throws a usage error for a directory that does not exist", () => {
    expect(() => readDataDirectory("/nonexistent/newsfacts")).toThrow(UsageError);
  });
});

describe("the shipped data", () => {
  it("passes both layers with no issue", () => {
    const { documents, issues } = validateDirectory("data");
    expect(issues).toEqual([]);
    expect(documents.length).toBeGreaterThan(0);
  });
});
