import type { StringIds } from "../id-types.js";
import type { EntityRecord } from "../typed-records.js";
import { type CorpusDocument, lazyFields, type Postings, postings, type RecordTable } from "./record-table.js";

/** An entity record as a document lists it. */
export type DefinedEntity = CorpusDocument["entities"][number];

/** One document's definition of an entity (an entity id may be defined in several documents). */
export interface EntityDefinition {
  readonly documentIndex: number;
  /** The entity record as the document lists it. */
  readonly entity: DefinedEntity;
}

/** The entities of a corpus: one record per id, and every document's definition of each id. */
export interface EntityIndex {
  /**
   * The first definition of each entity id, in corpus order, with its document: the id, kind and names of the entity
   * (which every definition states alike), known without making its record. An entity's position here is its
   * position in the postings.
   */
  readonly firstDefinitions: RecordTable<DefinedEntity>;
  /**
   * The one record of the entity at a position of `firstDefinitions` (see {@link corpusEntity}), made if it has not
   * been: a query finds positions in the postings and makes only the records it returns, not every entity's (seconds
   * at 10,000 documents).
   *
   * @param position - A position in `firstDefinitions`.
   * @returns The record.
   */
  recordAt(position: number): EntityRecord<StringIds>;
  /**
   * The record of each entity id: `entity(id)` is one `Map.get` once the record is made; the first look-up of an id
   * makes only that id's record.
   */
  readonly byId: Pick<ReadonlyMap<string, EntityRecord<StringIds>>, "get" | "has">;
  /** The records made so far, by id: what `entity(id)` reads first, so that a made record is one `Map.get` away. */
  readonly made: ReadonlyMap<string, EntityRecord<StringIds>>;
  /** Every document's definition of each entity id, in corpus order. */
  readonly definitions: ReadonlyMap<string, readonly EntityDefinition[]>;
  /** Positions in `firstDefinitions` by entity kind. */
  readonly byKind: Postings;
  /** Positions in `firstDefinitions` by the id of each document that mentions the entity. */
  readonly byDocument: Postings;
}

/**
 * The one record of an entity across the corpus: what defines the referent (kind, name, aliases, members, external
 * ids, which every definition states alike: the `entity-definitions-agree` check) and the description from its first
 * definition, with the mentions and roles of every definition, each tagged with the id of its document.
 *
 * @param definitions - Every definition of the id, in corpus order (at least one).
 * @param documents - The corpus documents.
 * @returns The record, frozen.
 */
export function corpusEntity(
  definitions: readonly EntityDefinition[],
  documents: readonly CorpusDocument[],
): EntityRecord<StringIds> {
  const [first] = definitions as [EntityDefinition];
  const mentions: object[] = [];
  const roles: object[] = [];
  for (const { documentIndex, entity } of definitions) {
    const document = (documents[documentIndex] as CorpusDocument).document.id;
    for (const mention of entity.mentions) mentions.push(Object.freeze({ ...mention, document }));
    for (const role of entity.roles ?? []) roles.push(Object.freeze({ ...role, document }));
  }
  const { roles: _roles, ...defining } = first.entity;
  return Object.freeze({
    ...defining,
    mentions: Object.freeze(mentions),
    ...(roles.length > 0 || first.entity.roles !== undefined ? { roles: Object.freeze(roles) } : {}),
  }) as unknown as EntityRecord<StringIds>;
}

/**
 * Indexes the entities of the documents by id: one record per id, with the mentions and roles of every document
 * (see {@link corpusEntity}), each made when first needed, from every definition listed in one pass.
 *
 * @param documents - The corpus documents.
 * @returns The entity index.
 */
export function entityIndex(documents: readonly CorpusDocument[]): EntityIndex {
  const definitions = allDefinitions(documents);
  // Each record is made when first asked for: the first entity(id) of a large corpus makes one record, not the
  // copies of every mention of every entity (seconds at 10,000 documents).
  const made = new Map<string, EntityRecord<StringIds>>();
  const byId = {
    get(id: string): EntityRecord<StringIds> | undefined {
      let record = made.get(id);
      if (record === undefined) {
        const list = definitions.get(id);
        if (list === undefined) return undefined;
        record = corpusEntity(list, documents);
        // Keyed by the document's own id string, which the corpus's other maps hold too: a look-up with that string is
        // then found by identity; the caller's equal string would be compared character by character on every look-up
        // (3.3x a Map.get at 10,000 documents when the ids came from the timeline's records).
        made.set((list[0] as EntityDefinition).entity.id, record);
      }
      return record;
    },
    has: (id: string) => definitions.has(id),
  };
  const index: EntityIndex = lazyFields<EntityIndex>({
    firstDefinitions: () => firstDefinitionTable(definitions, documents),
    recordAt: () => (position: number) =>
      byId.get((index.firstDefinitions.records[position] as DefinedEntity).id) as EntityRecord<StringIds>,
    byId: () => byId,
    made: () => made,
    definitions: () => definitions,
    byKind: () => postings(index.firstDefinitions, (entity) => entity.kind),
    byDocument: () => positionsByDocument(index.firstDefinitions.records, documents),
  });
  return index;
}

/** The first definition of each id, in corpus order, with its document. */
function firstDefinitionTable(
  definitions: ReadonlyMap<string, readonly EntityDefinition[]>,
  documents: readonly CorpusDocument[],
): RecordTable<DefinedEntity> {
  const records: DefinedEntity[] = [];
  const documentIndexes: number[] = [];
  for (const list of definitions.values()) {
    const first = list[0] as EntityDefinition;
    records.push(first.entity);
    documentIndexes.push(first.documentIndex);
  }
  return { records, documentIndexes, documents };
}

/** The positions of the entities each document mentions, by document id; each list ascending. */
function positionsByDocument(
  firstDefinitions: readonly DefinedEntity[],
  documents: readonly CorpusDocument[],
): Postings {
  const positions = new Map(firstDefinitions.map((entity, position) => [entity.id, position]));
  return new Map(
    documents.map((document) => [
      document.document.id,
      document.entities.map((entity) => positions.get(entity.id) as number).sort((a, b) => a - b),
    ]),
  );
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
