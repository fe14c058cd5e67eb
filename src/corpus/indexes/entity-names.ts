import { nameWords } from "../name-words.js";
import type { EntityIndex } from "./entity-index.js";
import type { Postings } from "./record-table.js";

/** The names of one entity (the canonical name first, then the aliases), each also as words, and every word once. */
export interface NameForms {
  readonly texts: readonly string[];
  readonly names: readonly (readonly string[])[];
  readonly words: readonly string[];
}

/** The names of the entities, as words, for `entities({ name })`. */
export interface EntityNameIndex {
  /** Positions in the entity table by word of any canonical name or alias. */
  readonly byWord: Postings;
  /** The keys of `byWord`, sorted, to find the words that start with a prefix by binary search. */
  readonly sortedWords: readonly string[];
  /**
   * For each position of the entity table, its names and aliases (from every definition), the canonical name first,
   * each also as words. Entities with the same names share one object.
   */
  readonly namesAt: readonly NameForms[];
}

/**
 * Indexes the canonical names and aliases of every entity by word. Many entities have the same names (the same
 * event in many documents, each under its own id), so each distinct list of names is split into words once and
 * shared.
 *
 * @param entities - The entity index.
 * @returns The name index.
 */
export function entityNameIndex(entities: EntityIndex): EntityNameIndex {
  const { table, definitions } = entities;
  // The names of later definitions, for the few ids defined in several documents (the corpus record takes the first
  // definition's names).
  const later = new Map<string, Set<string>>();
  for (const document of table.documents) {
    for (const entity of document.entities) {
      if (definitions.get(entity.id)?.[0]?.entity === entity) continue;
      const known = later.get(entity.id) ?? new Set<string>();
      later.set(entity.id, known.add(entity.name));
      for (const alias of entity.aliases) known.add(alias);
    }
  }
  const forms = new Map<string, NameForms>();
  const formsOf = (list: readonly string[]): NameForms => {
    const key = list.join("\n");
    let found = forms.get(key);
    if (found === undefined) {
      const names = list.map(nameWords);
      found = { texts: list, names, words: [...new Set(names.flat())] };
      forms.set(key, found);
    }
    return found;
  };
  const byWord = new Map<string, number[]>();
  const namesAt = table.records.map((entity, position) => {
    const others = later.get(entity.id);
    const own = [entity.name, ...entity.aliases];
    const found = formsOf(others === undefined ? own : [...new Set([...own, ...others])]);
    for (const word of found.words) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [position]);
      else list.push(position);
    }
    return found;
  });
  return { byWord, sortedWords: [...byWord.keys()].sort(), namesAt };
}
