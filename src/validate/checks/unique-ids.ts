import type { RecordKindModel } from "../../model/data-model.js";
import { SCHEMA_MODEL } from "../../model/schema-model.js";
import { eachId, idPath } from "../../model/walkers.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * Ids are unique: within a document across all its records and segments, and across the corpus for every record
 * whose ids are not shared across documents (an entity id may recur in another document, where it names the same
 * referent).
 */
export const uniqueIds: Check = {
  name: "unique-ids",
  description: "Every id is defined once in its document, and non-entity ids once in the corpus.",
  run({ document, documentIndex, corpus }) {
    const problems: CheckProblem[] = [];
    const seen = new Map<string, string>();
    document.document.segments.forEach((segment, index) => {
      if (seen.has(segment.id)) {
        problems.push({
          path: ["document", "segments", index, "id"],
          message: `duplicate id ${quotedValue(segment.id)}, already used in segments`,
          tip: "give each record its own id",
        });
      } else seen.set(segment.id, "segments");
    });
    // Paths are made only for the ids at fault: this check reads every id of every document.
    eachId(SCHEMA_MODEL, document, (id: string, kind: RecordKindModel, index: number) => {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          path: idPath(kind, index),
          message: `duplicate id ${quotedValue(id)}, already used in ${first}`,
          tip: "give each record its own id",
        });
        return;
      }
      seen.set(id, kind.at[kind.at.length - 1] as string);
      if (kind.sharedAcrossDocuments) return;
      const owners = corpus.documentsDefining.get(id) ?? [];
      const other = owners.find((owner) => owner !== documentIndex);
      if (other !== undefined) {
        problems.push({
          path: idPath(kind, index),
          message: `duplicate id ${quotedValue(id)}, also defined in document ${quotedValue(corpus.documentIds[other] ?? "")}`,
          tip: "ids of quotes, claims, dates and markers are unique across the corpus",
        });
      }
    });
    return problems;
  },
};
