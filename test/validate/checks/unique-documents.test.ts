import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_ID,
  copyDataWithFixture,
  DOCUMENT_FOLDER,
  FIXTURE_ARTICLE_ID,
  type JsonRecord,
} from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** Rewrites the document record of a document folder of a copied data directory. */
function editDocument(directory: string, folder: string, edit: (document: JsonRecord) => void): void {
  const path = join(directory, folder, "document.json");
  const document = JSON.parse(readFileSync(path, "utf8"));
  edit(document);
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
}

describe("unique-documents", () => {
  it("reports two documents with the same id, in each of them", () => {
    const directory = copyDataWithFixture();
    editDocument(directory, FIXTURE_ARTICLE_ID, (document) => {
      document.id = ARTICLE_ID;
    });
    const issues = issuesOf(directory, "unique-documents");
    expect(issues.map((issue) => issue.file).sort()).toEqual(
      [join(directory, DOCUMENT_FOLDER, "document.json"), join(directory, FIXTURE_ARTICLE_ID, "document.json")].sort(),
    );
    for (const issue of issues) {
      expect(issue).toMatchObject({ field: "id", message: `document id "${ARTICLE_ID}" is the id of 2 documents` });
      expect(issue.line).toBeGreaterThan(1);
    }
  });

  it("reports the same source text annotated twice, naming the other document", () => {
    const directory = copyDataWithFixture();
    cpSync(join(directory, DOCUMENT_FOLDER), join(directory, "copy-of-the-article"), { recursive: true });
    editDocument(directory, "copy-of-the-article", (document) => {
      document.id = "copy-of-the-article";
    });
    const issues = issuesOf(directory, "unique-documents").filter((issue) => issue.field === "sha256");
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the same source text \(sha256 [0-9a-f]{12}…\) as document "copy-of-the-article"$/),
        expect.stringMatching(new RegExp(`as document "${ARTICLE_ID}"$`)),
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it("reports nothing for distinct documents", () => {
    expect(issuesOf(copyDataWithFixture(), "unique-documents")).toEqual([]);
  });
});
