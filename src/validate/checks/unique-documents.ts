import type { Check, CheckProblem } from "../check.js";

/**
 * Documents are distinct: no two share a document id (queries, IRIs and the `document` filters name documents by
 * it), and no two have the same source text (its SHA-256), which would be the same article annotated twice. Each
 * document at fault is reported, so every location appears.
 */
export const uniqueDocuments: Check = {
  name: "unique-documents",
  description: "No two documents share a document id or the same source text (sha256).",
  run({ document, documentIndex, corpus }) {
    const problems: CheckProblem[] = [];
    const others = (indexes: readonly number[] | undefined) =>
      (indexes ?? []).filter((index) => index !== documentIndex).map((index) => corpus.documentIds[index]);
    const sameId = others(corpus.documentsWithId.get(document.document.id));
    if (sameId.length > 0) {
      problems.push({
        path: ["document", "id"],
        message: `document id "${document.document.id}" is the id of ${sameId.length + 1} documents`,
        tip: "give each document its own id (the name of its folder)",
      });
    }
    const sameText = others(corpus.documentsWithText.get(document.document.sha256));
    if (sameText.length > 0) {
      problems.push({
        path: ["document", "sha256"],
        message: `the same source text (sha256 ${document.document.sha256.slice(0, 12)}…) as document ${sameText.map((id) => `"${id}"`).join(", ")}`,
        tip: "annotate each article once: merge the two folders",
      });
    }
    return problems;
  },
};
