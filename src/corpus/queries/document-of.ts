import type { CorpusIndexes } from "../corpus-indexes.js";
import { recordKindOf } from "../indexes/record-index.js";
import { hasOwnKey } from "../own-key.js";
import type { AnyRecord, EntityRecord } from "../typed-records.js";

/** The document of an entity: the definition that is this very object, else the first definition of its id. */
function entityDocumentIndex(indexes: CorpusIndexes, entity: EntityRecord): number | undefined {
  const definitions = indexes.entities.definitions.get(entity.id);
  return (definitions?.find((definition) => definition.entity === entity) ?? definitions?.[0])?.documentIndex;
}

/**
 * The index of the document a record comes from. An entity is found among the definitions of its id (the same id
 * may be defined in several documents); every other record by its id, unique in the corpus.
 *
 * @param indexes - The corpus indexes.
 * @param record - A record of the corpus.
 * @param method - The corpus method asked, for the message.
 * @returns The document index.
 * @throws {TypeError} When `record` is not a record (undefined, say, from a lookup that found nothing).
 * @throws {RangeError} When the corpus has no record with that id.
 */
export function documentIndexOf(indexes: CorpusIndexes, record: AnyRecord, method: string): number {
  if (typeof record !== "object" || record === null || typeof record.id !== "string") {
    const given = record === null ? "null" : typeof record;
    throw new TypeError(`corpus.${method}: expected a record of this corpus, not ${given}`);
  }
  const index = hasOwnKey(record, "mentions")
    ? entityDocumentIndex(indexes, record)
    : indexes.records.get(recordKindOf(record), record.id)?.documentIndex;
  if (index === undefined) throw new RangeError(`corpus.${method}: no record "${record.id}" in this corpus`);
  return index;
}
