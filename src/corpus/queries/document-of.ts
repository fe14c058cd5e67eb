import type { CorpusIndexes } from "../corpus-indexes.js";
import type { RecordPlace } from "../indexes/record-places.js";

/**
 * Where a record of the corpus is: its kind and the index of its document, known from the table the record was
 * read into (the record object itself, not a record with the same id).
 *
 * @param indexes - The corpus indexes.
 * @param record - A record of the corpus.
 * @returns Its place.
 * @throws {RangeError} When the record is not one of this corpus's records.
 */
export function placeOf(indexes: CorpusIndexes, record: { readonly id: string }): RecordPlace {
  const place = indexes.places.get(record);
  if (place === undefined) throw new RangeError(`no record "${record.id}" in this corpus`);
  return place;
}
