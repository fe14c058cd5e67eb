import { describe, expect, it } from "vitest";
import { validateDocuments } from "../../../src/validate/validate-documents.js";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { present } from "../../helpers/document-issues.js";

/**
 * A bridge document of its own id whose records' ids (entities aside, which documents share) end in `suffix`, but for
 * the ids listed in `kept`.
 */
function bridgeDocumentWithIds(documentId: string, suffix: string, kept: readonly string[] = []) {
  const document = bridgeDocument();
  const renamed = (id: string) => (kept.includes(id) ? id : `${id}${suffix}`);
  document.document.id = documentId;
  document.document.publicationDate.id = renamed(document.document.publicationDate.id);
  for (const record of [
    ...document.quotes,
    ...document.claims,
    ...document.temporalExpressions,
    ...document.uncertaintyMarkers,
  ]) {
    record.id = renamed(record.id);
  }
  return document;
}

/** What unique-ids reports, as document index, path and message. */
function uniqueIdProblems(documents: readonly unknown[]) {
  return validateDocuments(documents)
    .issues.filter((issue) => issue.check === "unique-ids")
    .map(({ documentIndex, path, message }) => ({ documentIndex, path, message }));
}

describe("unique-ids across documents", () => {
  it("accepts documents whose ids differ, entity ids aside", () => {
    expect(
      uniqueIdProblems([bridgeDocumentWithIds("bridge-a", "-a"), bridgeDocumentWithIds("bridge-b", "-b")]),
    ).toEqual([]);
  });

  it("reports an id of several documents in each of them, naming another document that defines it", () => {
    const quote = "quote-nunez-reopen-may";
    const claim = "claim-repairs-take-longer";
    const documents = [
      bridgeDocumentWithIds("bridge-a", "-a", [quote]),
      bridgeDocumentWithIds("bridge-b", "-b"),
      bridgeDocumentWithIds("bridge-c", "-c", [quote, claim]),
      bridgeDocumentWithIds("bridge-d", "-d", [claim]),
    ];
    // The last document also defines the claim twice itself.
    present(documents[3]?.claims[0], "claim 0 of document 3").id = claim;
    expect(uniqueIdProblems(documents)).toEqual([
      {
        documentIndex: 0,
        path: ["quotes", 0, "id"],
        message: `duplicate id "${quote}", also defined in document "bridge-c"`,
      },
      {
        documentIndex: 2,
        path: ["quotes", 0, "id"],
        message: `duplicate id "${quote}", also defined in document "bridge-a"`,
      },
      {
        documentIndex: 2,
        path: ["claims", 1, "id"],
        message: `duplicate id "${claim}", also defined in document "bridge-d"`,
      },
      {
        documentIndex: 3,
        path: ["claims", 0, "id"],
        message: `duplicate id "${claim}", also defined in document "bridge-c"`,
      },
      {
        documentIndex: 3,
        path: ["claims", 1, "id"],
        message: `duplicate id "${claim}", already used in claims`,
      },
    ]);
  });
});
