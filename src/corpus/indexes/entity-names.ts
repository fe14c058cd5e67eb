import { nameWords } from "../name-words.js";
import type { EntityIndex } from "./entity-index.js";
import { type Postings, postings } from "./record-table.js";

/** The names of the entities, as words, for `entities({ name })`. */
export interface EntityNameIndex {
  /** Positions in the entity table by word of any canonical name or alias. */
  readonly byWord: Postings;
  /** For each entity id, the words of each of its names and aliases (from every definition). */
  readonly names: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/**
 * Indexes the canonical names and aliases of every entity by word.
 *
 * @param entities - The entity index.
 * @returns The name index.
 */
export function entityNameIndex(entities: EntityIndex): EntityNameIndex {
  const names = new Map(
    [...entities.definitions].map(([id, definitions]) => [
      id,
      definitions.flatMap(({ entity }) => [entity.name, ...entity.aliases].map(nameWords)),
    ]),
  );
  const byWord = postings(entities.table, (entity) => names.get(entity.id)?.flat() ?? []);
  return { byWord, names };
}
