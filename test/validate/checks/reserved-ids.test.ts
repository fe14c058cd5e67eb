import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("reserved-ids", () => {
  it("accepts ids that merely contain a reserved word", () => {
    const document = bridgeDocument();
    present(document.entities[2], "entity 2").id = "author-engineers";
    present(document.claims[1], "claim 1").claimant = "author-engineers";
    expect(documentIssues(document, "reserved-ids")).toEqual([]);
  });

  it("reports an entity with the id author, which a claimant could never name", () => {
    const document = bridgeDocument();
    present(document.entities[2], "entity 2").id = "author";
    expect(documentIssues(document, "reserved-ids")).toMatchObject([
      {
        path: ["entities", 2, "id"],
        recordId: "author",
        field: "id",
        message: '"author" is reserved: claims.claimant read it as a keyword, never as this record\'s id',
      },
    ]);
  });

  it("reports a reserved id on any kind of record and on a segment", () => {
    const document = bridgeDocument();
    present(document.temporalExpressions[1], "temporal expression 1").id = "author";
    present(document.document.segments[1], "segment 1").id = "author";
    const issues = documentIssues(document, "reserved-ids");
    expect(issues.map(({ path, field }) => [path, field])).toEqual([
      [["document", "segments", 1, "id"], "segments.1.id"],
      [["temporalExpressions", 1, "id"], "id"],
    ]);
  });
});
