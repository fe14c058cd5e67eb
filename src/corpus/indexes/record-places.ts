import { DATA_MODEL } from "../../generated/data-model.js";
import type { RecordKindModel } from "../../model/data-model.js";
import { recordsOf } from "../../model/walkers.js";
import type { CorpusDocument } from "./record-table.js";

/** Where a record of the corpus is: its kind and the index of its document. */
export interface RecordPlace {
  readonly kind: RecordKindModel;
  readonly documentIndex: number;
}

/**
 * The kind and document of every record of the corpus, keyed by the record object itself: the corpus knows a
 * record's kind from where it was read, and never guesses it from the fields the record has.
 *
 * @param documents - The corpus documents.
 * @returns A weak map from each record (entities, quotes, claims, temporal expressions, temporal links, uncertainty
 *   markers and publication dates) to its place.
 */
export function recordPlaces(documents: readonly CorpusDocument[]): WeakMap<object, RecordPlace> {
  const places = new WeakMap<object, RecordPlace>();
  documents.forEach((document, documentIndex) => {
    for (const kind of DATA_MODEL.kinds) {
      for (const record of recordsOf(kind, document)) places.set(record as object, { kind, documentIndex });
    }
  });
  return places;
}
