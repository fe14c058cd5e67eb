import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyDataWithFixture, FIXTURE_ARTICLE_ID, type JsonRecord } from "../helpers/data-copy.js";
import { issuesOf } from "../helpers/validate-copy.js";

/** Edits the first record of a file of the fixture article in a copied data directory. */
function editFirst(directory: string, file: string, edit: (record: JsonRecord) => void): string {
  const path = join(directory, FIXTURE_ARTICLE_ID, file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json.records[0]);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return json.records[0].id;
}

/**
 * The corpus rule: a record refers only to records of its own document. Entity ids are the one thing documents share
 * (the same id is the same referent), and each document that mentions an entity defines it too.
 */
describe("references across documents", () => {
  it("are reported: a quote cannot be reportedIn another article's quote", () => {
    const directory = copyDataWithFixture();
    const id = editFirst(directory, "quotes.json", (quote) => {
      quote.reportedIn = "quote-peskov-no-documents-signed";
    });
    expect(issuesOf(directory, "references-resolve")).toEqual([
      expect.objectContaining({ recordId: id, field: "reportedIn" }),
    ]);
  });

  it("are reported: a claim cannot contradict another article's claim by relation", () => {
    const directory = copyDataWithFixture();
    const id = editFirst(directory, "claims.json", (claim) => {
      claim.relations = [{ type: "contradicts", target: "claim-moscow-200000-troops" }];
    });
    expect(issuesOf(directory, "references-resolve")).toEqual([
      expect.objectContaining({ recordId: id, field: "relations.0.target" }),
    ]);
  });

  it("are reported for an entity the document does not define, even when another document does", () => {
    const directory = copyDataWithFixture();
    const id = editFirst(directory, "quotes.json", (quote) => {
      quote.about = ["nato"];
    });
    expect(issuesOf(directory, "references-resolve")).toEqual([
      expect.objectContaining({ recordId: id, field: "about.0" }),
    ]);
  });
});
