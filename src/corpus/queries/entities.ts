import type { EntityKind } from "../../schema/entity.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import { containsPhrase, nameWords } from "../name-words.js";
import type { EntityRecord } from "../typed-records.js";
import { lookup, select } from "./select.js";

/** The filters of `corpus.entities()`; every filter that is set must match. */
export interface EntityFilter {
  /** Only entities of this kind. */
  readonly kind?: EntityKind;
  /**
   * Only entities whose canonical name or an alias contains these words, as whole consecutive words, ignoring case
   * and accents: `peskov` and `Dmitri Peskov` match "Dmitri Peskov", `pesk` does not.
   */
  readonly name?: string;
}

/**
 * The entities that pass the filter, one record per id, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param filter - The filters.
 * @returns The entities, frozen.
 */
export function findEntities(indexes: CorpusIndexes, filter: EntityFilter): readonly EntityRecord[] {
  const entities = indexes.entities;
  const { table } = entities;
  const kind = (entity: EntityRecord) => filter.kind === undefined || entity.kind === filter.kind;
  const byKind = lookup(() => entities.byKind, filter.kind);
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
