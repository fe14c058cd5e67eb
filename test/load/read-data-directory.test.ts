import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../src/load/read-data-directory.js";
import { UsageError } from "../../src/load/usage-error.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { copyData, documentFile, editJson, positionOfText } from "../helpers/data-copy.js";

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

describe("validateDirectory", () => {
  it("is validation of what loading read, each issue then placed in its file by loading", () => {
    const directory = copyData();
    editJson(directory, "quotes.json", (json) => {
      json.records[0].speaker = "nobody";
      json.records[1].colour = "red";
    });
    const { inputs, locate } = readDataDirectory(directory);
    const inMemory = validateDocuments(inputs).issues;
    expect(inMemory.map((issue) => issue.path)).toEqual([
      ["quotes", 1, "colour"],
      ["quotes", 0, "speaker"],
    ]);
    const file = documentFile(directory, "quotes.json");
    expect(validateDirectory(directory).issues).toEqual(
      inMemory.map((issue) => ({ ...issue, file, line: expect.any(Number), column: expect.any(Number) })),
    );
    expect(inMemory.map((issue) => locate(issue).line)).toEqual([
      positionOfText(file, '"colour"').line,
      positionOfText(file, '"speaker": "nobody"').line,
    ]);
  });
});
