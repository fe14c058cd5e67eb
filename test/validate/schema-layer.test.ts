import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import {
  copyArticle,
  documentFile,
  editJson,
  positionOfRecord,
  positionOfText,
  readRecords,
} from "../helpers/data-copy.js";
import { issuesOf } from "../helpers/validate-copy.js";

describe("the schema layer", () => {
  it("fails on an unknown field instead of dropping it, and names the field", () => {
    const directory = copyArticle();
    const [entity] = readRecords(directory, "entities.json");
    editJson(directory, "entities.json", (json) => {
      json.records[0].nickname = "Vova";
    });
    const file = documentFile(directory, "entities.json");
    const result = validateDirectory(directory);
    expect(result.issues).toEqual([
      {
        check: "schema",
        level: "error",
        file,
        ...positionOfText(file, '"nickname": "Vova"'),
        documentIndex: expect.any(Number),
        path: ["entities", 0, "nickname"],
        recordId: entity?.id,
        field: "nickname",
        message: 'unknown field "nickname"',
        tip: "unknown fields are errors, never dropped: remove it or add it to the schema",
      },
    ]);
    // The record is not passed on silently without its field: it is held back, and the issue fails the build.
    expect(result.documents[0]?.entities.map((record) => record.id)).not.toContain(entity?.id);
  });

  it("reports a missing required field at its record, and a wrong enum value at the field", () => {
    const directory = copyArticle();
    const [first, second] = readRecords(directory, "quotes.json");
    editJson(directory, "quotes.json", (json) => {
      delete json.records[0].speaker;
      json.records[1].kind = "paraphrase";
    });
    const file = documentFile(directory, "quotes.json");
    expect(issuesOf(directory, "schema")).toMatchObject([
      {
        recordId: first?.id,
        field: "speaker",
        message: "missing required field (expected string)",
        ...positionOfRecord(file, first?.id),
      },
      { recordId: second?.id, field: "kind", ...positionOfText(file, '"kind": "paraphrase"') },
    ]);
  });

  it("reports a __proto__ key as an unknown field and leaves Object.prototype alone", () => {
    const directory = copyArticle();
    editJson(directory, "claims.json", (json) => {
      json.records[0] = JSON.parse(JSON.stringify(json.records[0]).replace(/^\{/, '{"__proto__":{"polluted":true},'));
    });
    const issues = issuesOf(directory, "schema");
    expect(issues.map((issue) => issue.message)).toEqual(['unknown field "__proto__"']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
