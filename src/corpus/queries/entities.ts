import type { EntityKind } from "../../schema/entity.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import { containsPhrase, nameWords } from "../name-words.js";
import type { EntityRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, select } from "./select.js";

/** The filters of `corpus.entities()`; every filter that is set must match, and an array means "any of them". */
export interface EntityFilter {
  /** Only entities of this kind, or of any of these. */
  readonly kind?: OneOrMany<EntityKind> | undefined;
  /**
   * Only entities whose canonical name or an alias contains these words, as whole consecutive words, ignoring case
   * and accents: `peskov` and `Dmitri Peskov` match "Dmitri Peskov", `pesk` does not.
   */
  readonly name?: string | undefined;
}

/**
 * The entities that pass the filter, one record per id, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The entities, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For a kind that does not exist.
 */
export function findEntities(indexes: CorpusIndexes, given: EntityFilter | undefined): readonly EntityRecord[] {
  const filter = checkedFilter<EntityFilter>("entities", given);
  const entities = indexes.entities;
  const { table } = entities;
  const wantedKind = filter.kind;
  const kind = (entity: EntityRecord) => wantedKind === undefined || isWanted(entity.kind, wantedKind);
  const byKind = lookup(() => entities.byKind, wantedKind);
  if (filter.name === undefined) return select(table, [byKind], kind);
  const phrase = nameWords(filter.name);
  // A name with no letter or digit has no words to match.
  if (phrase.length === 0) return Object.freeze([]);
  const { byWord, namesAt } = indexes.entityNames;
  return select(
    table,
    [byKind, ...phrase.map((word) => lookup(() => byWord, word))],
    (entity, position) => kind(entity) && (namesAt[position] ?? []).some((words) => containsPhrase(words, phrase)),
  );
}
