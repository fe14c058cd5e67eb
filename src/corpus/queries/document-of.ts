import type { CorpusIndexes } from "../corpus-indexes.js";
import type { RecordPlace } from "../indexes/record-places.js";

/**
 * Where a record of the corpus is: its kind and the index of its document, known from the table the record was
 * read into (the record object itself, not a record with the same id).
 *
 * @param indexes - The corpus indexes.
 * @param record - A record of the corpus.
 * @param method - The corpus method asked, for the message.
 * @returns Its place.
 * @throws {TypeError} When `record` is not a record (undefined, say, from a lookup that found nothing).
 * @throws {RangeError} When the record is not one of this corpus's records.
 */
export function placeOf(indexes: CorpusIndexes, record: { readonly id: string }, method: string): RecordPlace {
  if (typeof record !== "object" || record === null || typeof record.id !== "string") {
    const given = record === null ? "null" : typeof record;
    throw new TypeError(`corpus.${method}: expected a record of this corpus, not ${given}`);
  }
  const place = indexes.places.get(record) ?? entityPlace(indexes, record);
  if (place === undefined) throw new RangeError(`corpus.${method}: no record "${record.id}" in this corpus`);
  return place;
}

/**
 * The place of an entity as the corpus hands it out (one record per id, with the mentions of every document): the
 * place of its first definition, whose first mention is the record's main span.
 */
function entityPlace(indexes: CorpusIndexes, record: { readonly id: string }): RecordPlace | undefined {
  if (indexes.entities.byId.get(record.id) !== record) return undefined;
  const first = indexes.entities.definitions.get(record.id)?.[0];
  return first === undefined ? undefined : indexes.places.get(first.entity);
}
