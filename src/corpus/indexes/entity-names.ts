import { nameWords } from "../name-words.js";
import type { DefinedEntity, EntityIndex } from "./entity-index.js";
import type { Postings } from "./record-table.js";

/** The names of one entity (the canonical name first, then the aliases), each also as words, and every word once. */
export interface NameForms {
  readonly texts: readonly string[];
  readonly names: readonly (readonly string[])[];
  readonly words: readonly string[];
}

/** The names of the entities, as words, for `entities({ name })`. */
export interface EntityNameIndex {
  /** Positions in the entity index's `firstDefinitions` by word of any canonical name or alias. */
  readonly byWord: Postings;
  /** The keys of `byWord`, sorted, to find the words that start with a prefix by binary search. */
  readonly sortedWords: readonly string[];
  /**
   * For each position of the entity index's `firstDefinitions`, its names and aliases, the canonical name first,
   * each also as words. Entities with the same names share one object.
   */
  readonly namesAt: readonly NameForms[];
}

/**
 * Indexes the canonical names and aliases of every entity by word, from the first definition of each (without making
 * their records; every definition states the same names, which the `entity-definitions-agree` check ensures). Many
 * entities have the same names (the same event in many documents, each under its own id), so each distinct list of
 * names is split into words once and shared.
 *
 * @param entities - The entity index.
 * @returns The name index.
 */
export function entityNameIndex(entities: EntityIndex): EntityNameIndex {
  // Keyed by the name alone for the many entities without aliases, so that most need no key made.
  const forms = new Map<string, NameForms>();
  const formsOf = (entity: DefinedEntity): NameForms => {
    const key = entity.aliases.length === 0 ? entity.name : [entity.name, ...entity.aliases].join("\n");
    let found = forms.get(key);
    if (found === undefined) {
      const texts = [entity.name, ...entity.aliases];
      const names = texts.map(nameWords);
      found = { texts, names, words: [...new Set(names.flat())] };
      forms.set(key, found);
    }
    return found;
  };
  const byWord = new Map<string, number[]>();
  const namesAt = entities.firstDefinitions.records.map((entity, position) => {
    const found = formsOf(entity);
    for (const word of found.words) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [position]);
      else list.push(position);
    }
    return found;
  });
  return { byWord, sortedWords: [...byWord.keys()].sort(), namesAt };
}
