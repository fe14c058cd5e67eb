import type { Check, CheckProblem } from "../check.js";
import { definedIdPath, eachDefinedId, type IdCollection } from "../document-ids.js";
import { quotedValue } from "../quoted-value.js";

/**
 * Ids are unique: within a document across all its records and segments, and across the corpus for every record
 * that is not an entity (an entity id may recur in another document, where it names the same referent).
 */
export const uniqueIds: Check = {
  name: "unique-ids",
  description: "Every id is defined once in its document, and non-entity ids once in the corpus.",
  run({ document, documentIndex, corpus }) {
    const problems: CheckProblem[] = [];
    const seen = new Map<string, string>();
    // Paths are made only for the ids at fault: this check reads every id of every document.
    const visit = (id: string, collection: IdCollection | "publicationDate" | "segments", index: number) => {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          path: collection === "segments" ? ["document", "segments", index, "id"] : definedIdPath(collection, index),
          message: `duplicate id ${quotedValue(id)}, already used in ${first}`,
          tip: "give each record its own id",
        });
        return;
      }
      seen.set(id, collection);
      if (collection === "entities" || collection === "segments") return;
      const owners = corpus.documentsDefining.get(id) ?? [];
      const other = owners.find((owner) => owner !== documentIndex);
      if (other !== undefined) {
        problems.push({
          path: definedIdPath(collection, index),
          message: `duplicate id ${quotedValue(id)}, also defined in document ${quotedValue(corpus.documentIds[other] ?? "")}`,
          tip: "ids of quotes, claims, dates and markers are unique across the corpus",
        });
      }
    };
    document.document.segments.forEach((segment, index) => {
      visit(segment.id, "segments", index);
    });
    eachDefinedId(document, visit);
    return problems;
  },
};
