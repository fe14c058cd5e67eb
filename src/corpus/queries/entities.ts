import type { EntityKind } from "../../schema/entity.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { containsPhrase, nameWords } from "../name-words.js";
import type { EntityRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, select } from "./select.js";

/** The filters of `corpus.entities()`; every filter that is set must match, and an array means "any of them". */
export interface EntityFilter<Ids extends IdTypes = StringIds> {
  /** Only entities of this kind, or of any of these. */
  readonly kind?: OneOrMany<EntityKind> | undefined;
  /**
   * Only entities whose canonical name or an alias contains these words, as whole consecutive words, ignoring case
   * and accents: `peskov` and `Dmitri Peskov` match "Dmitri Peskov", `pesk` does not.
   */
  readonly name?: string | undefined;
  /** Only entities this document mentions, or any of these mention. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
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
  const byDocument = lookup(() => entities.byDocument, filter.document);
  // An entity may be mentioned in several documents, so the filter is checked against the index, not the record.
  const mentionedIn = byDocument === undefined ? undefined : new Set(byDocument.flat());
  const wanted = (entity: EntityRecord, position: number) =>
    kind(entity) && (mentionedIn === undefined || mentionedIn.has(position));
  if (filter.name === undefined) return select(table, [byKind, byDocument], wanted);
  const phrase = nameWords(filter.name);
  // A name with no letter or digit has no words to match.
  if (phrase.length === 0) return Object.freeze([]);
  const { byWord, namesAt } = indexes.entityNames;
  return select(
    table,
    [byKind, byDocument, ...phrase.map((word) => lookup(() => byWord, word))],
    (entity, position) =>
      wanted(entity, position) && (namesAt[position] ?? []).some((words) => containsPhrase(words, phrase)),
  );
}
