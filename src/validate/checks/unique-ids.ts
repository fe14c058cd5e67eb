import type { Check, CheckProblem } from "../check.js";
import { definedIds } from "../document-ids.js";

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
    const ids = [
      ...document.document.segments.map((segment, index) => ({
        id: segment.id,
        collection: "segments",
        path: ["document", "segments", index, "id"],
      })),
      ...definedIds(document),
    ];
    for (const { id, collection, path } of ids) {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({ path, message: `duplicate id "${id}", already used in ${first}`, tip: "give each record its own id" });
        continue;
      }
      seen.set(id, collection);
      if (collection === "entities" || collection === "segments") continue;
      const owners = corpus.documentsDefining.get(id) ?? [];
      const other = owners.find((owner) => owner !== documentIndex);
      if (other !== undefined) {
        problems.push({
          path,
          message: `duplicate id "${id}", also defined in document "${corpus.documentIds[other]}"`,
          tip: "ids of quotes, claims, dates and markers are unique across the corpus",
        });
      }
    }
    return problems;
  },
};
