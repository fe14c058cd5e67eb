import type { EntityKind } from "../../generated/record-types.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import type { DefinedEntity } from "../indexes/entity-index.js";
import type { EntityNameIndex, NameForms } from "../indexes/entity-names.js";
import { containsPhrase, containsPrefixPhrase, nameWords } from "../name-words.js";
import type { EntityRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, selectPositions } from "./select.js";

/** The filters of `corpus.entities()`; every filter that is set must match, and an array means "any of them". */
export interface EntityFilter<Ids extends IdTypes = StringIds> {
  /** Only entities of this kind, or of any of these. */
  readonly kind?: OneOrMany<EntityKind> | undefined;
  /**
   * Only entities whose canonical name or an alias matches, ignoring case and accents, best match first: the whole
   * name, then whole consecutive words of it, then words of which the last is unfinished (`"Luka"` finds Alexander
   * Lukashenko); see {@link NameMatchKind}.
   */
  readonly name?: string | undefined;
  /** Only entities this document mentions, or any of these mention. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
}

/**
 * How a name matched, best first: `name`, the whole canonical name; `alias`, a whole alias; `words`, whole
 * consecutive words of the name or an alias; `prefix`, consecutive words of which the last is only begun.
 */
export type NameMatchKind = "name" | "alias" | "words" | "prefix";

/** The match kinds, best first. */
const MATCH_ORDER: readonly NameMatchKind[] = ["name", "alias", "words", "prefix"];

/** An entity found by name: the record, how it matched, and the name or alias that matched best. */
export interface EntityNameMatch<Entity = EntityRecord> {
  readonly entity: Entity;
  readonly match: NameMatchKind;
  /** The canonical name or the alias that matched. */
  readonly matched: string;
}

/** How one entity's names match the searched words, best first, or undefined when none does. */
function bestMatch(forms: NameForms, phrase: readonly string[]): { match: NameMatchKind; matched: string } | undefined {
  const tests: readonly ((words: readonly string[], index: number) => boolean)[] = [
    (words, index) => index === 0 && words.length === phrase.length && containsPhrase(words, phrase),
    (words, index) => index > 0 && words.length === phrase.length && containsPhrase(words, phrase),
    (words) => containsPhrase(words, phrase),
    (words) => containsPrefixPhrase(words, phrase),
  ];
  for (const [level, test] of tests.entries()) {
    const index = forms.names.findIndex(test);
    if (index >= 0) return { match: MATCH_ORDER[level] as NameMatchKind, matched: forms.texts[index] ?? "" };
  }
  return undefined;
}

/** The positions of the entities with a name word that starts with `prefix`, from the sorted words. */
function positionsByPrefix(names: EntityNameIndex, prefix: string): (readonly number[])[] {
  const { sortedWords, byWord } = names;
  let low = 0;
  let high = sortedWords.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedWords[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const lists: (readonly number[])[] = [];
  for (let at = low; at < sortedWords.length && (sortedWords[at] as string).startsWith(prefix); at++) {
    lists.push(byWord.get(sortedWords[at] as string) ?? []);
  }
  return lists;
}

/**
 * The entities whose names match `name`, best match first (then in corpus order), each with how it matched.
 *
 * @param indexes - The corpus indexes.
 * @param name - What was searched for.
 * @param kind - The kinds to keep, if any.
 * @returns The matches, frozen.
 */
export function matchEntities(
  indexes: CorpusIndexes,
  name: string,
  kind?: OneOrMany<EntityKind>,
): readonly EntityNameMatch<EntityRecord<StringIds>>[] {
  const phrase = nameWords(name);
  // A name with no letter or digit has no words to match.
  if (phrase.length === 0) return Object.freeze([]);
  const entities = indexes.entities;
  const names = indexes.entityNames;
  const definitions = entities.firstDefinitions.records;
  const candidates = [
    lookup(() => entities.byKind, kind),
    // Every whole word must be in a name, and the last word must begin one.
    ...phrase.slice(0, -1).map((word) => lookup(() => names.byWord, word)),
    positionsByPrefix(names, phrase[phrase.length - 1] as string),
  ];
  const positions = selectPositions(
    definitions.length,
    candidates,
    (position) => kind === undefined || isWanted((definitions[position] as DefinedEntity).kind, kind),
  );
  const found: { position: number; level: number; match: EntityNameMatch<EntityRecord<StringIds>> }[] = [];
  for (const position of positions) {
    const best = bestMatch(names.namesAt[position] as NameForms, phrase);
    if (best === undefined) continue;
    const match = Object.freeze({ entity: entities.recordAt(position), ...best });
    found.push({ position, level: MATCH_ORDER.indexOf(best.match), match });
  }
  found.sort((a, b) => a.level - b.level || a.position - b.position);
  return Object.freeze(found.map((entry) => entry.match));
}

/**
 * The entities that pass the filter, one record per id: in corpus order, or best match first with `name`.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The entities, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For a kind that does not exist.
 */
export function findEntities(
  indexes: CorpusIndexes,
  given: EntityFilter | undefined,
): readonly EntityRecord<StringIds>[] {
  const { kind, name, document } = checkedFilter<EntityFilter>("entities", given);
  const entities = indexes.entities;
  const definitions = entities.firstDefinitions.records;
  const byDocument = lookup(() => entities.byDocument, document);
  // An entity may be mentioned in several documents, so the filter is checked against the index, not the record.
  const mentionedIn = byDocument === undefined ? undefined : new Set(byDocument.flatMap((list) => Array.from(list)));
  if (name !== undefined) {
    const matches = matchEntities(indexes, name, kind).map((match) => match.entity);
    if (mentionedIn === undefined) return Object.freeze(matches);
    const ids = new Set([...mentionedIn].map((position) => definitions[position]?.id));
    return Object.freeze(matches.filter((entity) => ids.has(entity.id)));
  }
  // The filters read the definitions, so that only the records returned are made.
  const positions = selectPositions(
    definitions.length,
    [lookup(() => entities.byKind, kind), byDocument],
    (position) =>
      (kind === undefined || isWanted((definitions[position] as DefinedEntity).kind, kind)) &&
      (mentionedIn === undefined || mentionedIn.has(position)),
  );
  return Object.freeze(positions.map(entities.recordAt));
}
