import type { StringIds } from "../id-types.js";
import type { EntityRecord } from "../typed-records.js";
import { type CorpusDocument, lazyFields, type Postings, postings, type RecordTable } from "./record-table.js";

/** One document's definition of an entity (an entity id may be defined in several documents). */
export interface EntityDefinition {
  readonly documentIndex: number;
  readonly entity: EntityRecord<StringIds>;
}

/** The entities of a corpus: one record per id (the first definition), and every definition of each id. */
export interface EntityIndex {
  /** The first definition of each entity id, in corpus order. */
  readonly table: RecordTable<EntityRecord<StringIds>>;
  /** The first definition of each entity id: `entity(id)` is one `Map.get`. */
  readonly byId: ReadonlyMap<string, EntityRecord<StringIds>>;
  /** Every definition of each entity id, in corpus order. */
  readonly definitions: ReadonlyMap<string, readonly EntityDefinition[]>;
  /** Positions in `table` by entity kind. */
  readonly byKind: Postings;
}

/**
 * Indexes the entities of the documents by id. The first definition of each id (what `entity(id)` reads) is found in
 * one pass; every definition of each id (what mentions, names and the timeline read) is collected on first use.
 *
 * @param documents - The corpus documents.
 * @returns The entity index.
 */
export function entityIndex(documents: readonly CorpusDocument[]): EntityIndex {
  const records: EntityRecord<StringIds>[] = [];
  const documentIndexes: number[] = [];
  const byId = new Map<string, EntityRecord<StringIds>>();
  documents.forEach((document, documentIndex) => {
    for (const entity of document.entities) {
      if (byId.has(entity.id)) continue;
      byId.set(entity.id, entity);
      records.push(entity);
      documentIndexes.push(documentIndex);
    }
  });
  const table = { records, documentIndexes, documents };
  return lazyFields<EntityIndex>({
    table: () => table,
    byId: () => byId,
    definitions: () => allDefinitions(documents),
    byKind: () => postings(table, (entity) => entity.kind),
  });
}

/** Every definition of each entity id, in corpus order. */
function allDefinitions(documents: readonly CorpusDocument[]): ReadonlyMap<string, readonly EntityDefinition[]> {
  const definitions = new Map<string, EntityDefinition[]>();
  documents.forEach((document, documentIndex) => {
    for (const entity of document.entities) {
      const known = definitions.get(entity.id);
      if (known === undefined) definitions.set(entity.id, [{ documentIndex, entity }]);
      else known.push({ documentIndex, entity });
    }
  });
  return definitions;
}
