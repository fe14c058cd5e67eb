import type { CorpusIndexes } from "../corpus-indexes.js";
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
 * @returns The document index.
 * @throws {RangeError} When the corpus has no record with that id.
 */
export function documentIndexOf(indexes: CorpusIndexes, record: AnyRecord): number {
  const index =
    "mentions" in record ? entityDocumentIndex(indexes, record) : indexes.records.get(record.id)?.documentIndex;
  if (index === undefined) throw new RangeError(`no record "${record.id}" in this corpus`);
  return index;
}
