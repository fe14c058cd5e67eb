import { describe, expect, it } from "vitest";
import { type DocumentSources, locateIssue } from "../../src/load/locate-issue.js";
import type { DocumentPath } from "../../src/shared/document-path.js";
import type { DocumentIssue } from "../../src/shared/validation-issue.js";

/** Sources that name each file after its document and part, and record every position asked for. */
function recordingSources(): DocumentSources & { asked: [string, DocumentPath][] } {
  const asked: [string, DocumentPath][] = [];
  return {
    asked,
    fileOf: (documentIndex, part) => `folder-${documentIndex}/${part}`,
    positionOf: (file, pointer) => {
      asked.push([file, pointer]);
      return { line: 10 + pointer.length, column: 3 };
    },
  };
}

/** An issue validation could report, at a path of the second document. */
function issueAt(path: DocumentPath): DocumentIssue {
  return { check: "schema", documentIndex: 1, path, recordId: "r", field: "", message: "m", level: "error" };
}

describe("locateIssue", () => {
  it("places a record's field in its record file, under the file's records array", () => {
    const sources = recordingSources();
    const located = locateIssue(issueAt(["claims", 4, "evidence", "exact"]), sources);
    expect(sources.asked).toEqual([["folder-1/claims", ["records", 4, "evidence", "exact"]]]);
    expect(located).toMatchObject({ file: "folder-1/claims", line: 14, column: 3 });
  });

  it("places a field of the document record in document.json, at the field's own path", () => {
    const sources = recordingSources();
    const located = locateIssue(issueAt(["document", "segments", 2, "id"]), sources);
    expect(sources.asked).toEqual([["folder-1/document", ["segments", 2, "id"]]]);
    expect(located).toMatchObject({ file: "folder-1/document", line: 13 });
  });

  it("places a problem of the source text in the text file, with no line or column", () => {
    const sources = recordingSources();
    const located = locateIssue(issueAt(["text"]), sources);
    expect(sources.asked).toEqual([]);
    expect(located.file).toBe("folder-1/text");
    expect(located).not.toHaveProperty("line");
  });

  it("keeps what validation said, its document coordinates included", () => {
    const issue = issueAt(["quotes", 0, "speaker"]);
    expect(locateIssue(issue, recordingSources())).toMatchObject(issue);
  });
});
