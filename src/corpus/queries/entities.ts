import type { EntityKind } from "../../schema/entity.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { containsPhrase, nameWords } from "../name-words.js";
import type { EntityRecord } from "../typed-records.js";
import { lookup, select } from "./select.js";

/** The filters of `corpus.entities()`; every filter that is set must match. */
export interface EntityFilter<Ids extends IdTypes = StringIds> {
  /** Only entities of this kind. */
  readonly kind?: EntityKind;
  /**
   * Only entities whose canonical name or an alias contains these words, as whole consecutive words, ignoring case
   * and accents: `peskov` and `Dmitri Peskov` match "Dmitri Peskov", `pesk` does not.
   */
  readonly name?: string;
  /** Only entities mentioned in this document. */
  readonly document?: Ids["document"];
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
  const byDocument = lookup(() => entities.byDocument, filter.document);
  // An entity may be mentioned in several documents, so the filter is checked against the index, not the record.
  const mentionedIn = filter.document === undefined ? undefined : new Set(byDocument?.[0]);
  const inDocument = (position: number) => mentionedIn === undefined || mentionedIn.has(position);
  if (filter.name === undefined)
    return select(table, [byKind, byDocument], (entity, position) => kind(entity) && inDocument(position));
  const phrase = nameWords(filter.name);
  // A name with no letter or digit has no words to match.
  if (phrase.length === 0) return Object.freeze([]);
  const { byWord, namesAt } = indexes.entityNames;
  return select(
    table,
    [byKind, byDocument, ...phrase.map((word) => lookup(() => byWord, word))],
    (entity, position) =>
      kind(entity) && inDocument(position) && (namesAt[position] ?? []).some((words) => containsPhrase(words, phrase)),
  );
}
