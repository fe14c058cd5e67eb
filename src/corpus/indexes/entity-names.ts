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
  // An entity shared by many documents repeats its names in each: split each distinct name into words once.
  const words = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    let found = words.get(name);
    if (found === undefined) {
      found = nameWords(name);
      words.set(name, found);
    }
    return found;
  };
  const names = new Map<string, string[][]>();
  for (const [id, definitions] of entities.definitions) {
    const [first] = definitions;
    const distinct =
      definitions.length === 1 && first !== undefined
        ? [first.entity.name, ...first.entity.aliases]
        : new Set(definitions.flatMap(({ entity }) => [entity.name, ...entity.aliases]));
    names.set(id, Array.from(distinct, wordsOf));
  }
  const byWord = postings(entities.table, (entity) => names.get(entity.id)?.flat() ?? []);
  return { byWord, names };
}
