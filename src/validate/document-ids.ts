import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { DocumentPath } from "./finding.js";

/** The collections of a document whose records carry ids, in the order they are listed in a document. */
export const ID_COLLECTIONS = [
  "entities",
  "quotes",
  "claims",
  "temporalExpressions",
  "temporalLinks",
  "uncertaintyMarkers",
] as const;

/** A collection of a document whose records carry ids. */
export type IdCollection = (typeof ID_COLLECTIONS)[number];

/** A record id with where it is defined. */
export interface DefinedId {
  readonly id: string;
  readonly collection: IdCollection | "publicationDate";
  readonly path: DocumentPath;
}

/**
 * Every record id a document defines, with its collection and path; the publication date counts as a record.
 *
 * @param document - A schema-valid annotated document.
 * @returns The ids in document order, duplicates included.
 */
export function definedIds(document: AnnotatedDocument): DefinedId[] {
  const ids: DefinedId[] = [];
  eachDefinedId(document, (id, collection, index) => {
    ids.push({ id, collection, path: definedIdPath(collection, index) });
  });
  return ids;
}

/**
 * Calls `visit` for every record id a document defines, in the order of {@link definedIds}, without making a path
 * or an object per id: what the checks that read every id use on a large corpus.
 *
 * @param document - A schema-valid annotated document.
 * @param visit - Called with the id, its collection and the record's index in it (0 for the publication date).
 */
export function eachDefinedId(
  document: AnnotatedDocument,
  visit: (id: string, collection: IdCollection | "publicationDate", index: number) => void,
): void {
  visit(document.document.publicationDate.id, "publicationDate", 0);
  for (const collection of ID_COLLECTIONS) {
    const records = document[collection];
    for (let index = 0; index < records.length; index++)
      visit((records[index] as { id: string }).id, collection, index);
  }
}

/**
 * The path of a defined id, as {@link definedIds} gives it.
 *
 * @param collection - The collection, or `publicationDate`.
 * @param index - The record's index in its collection.
 * @returns The path, e.g. `["quotes", 3, "id"]`.
 */
export function definedIdPath(collection: IdCollection | "publicationDate", index: number): DocumentPath {
  return collection === "publicationDate" ? ["document", "publicationDate", "id"] : [collection, index, "id"];
}

/**
 * The ids a document defines, grouped by collection, for reference look-ups.
 *
 * @param document - A schema-valid annotated document.
 * @returns A set of ids per collection, plus `publicationDate`.
 */
export function idsByCollection(document: AnnotatedDocument): Record<IdCollection | "publicationDate", Set<string>> {
  const sets = {
    publicationDate: new Set<string>(),
    entities: new Set<string>(),
    quotes: new Set<string>(),
    claims: new Set<string>(),
    temporalExpressions: new Set<string>(),
    temporalLinks: new Set<string>(),
    uncertaintyMarkers: new Set<string>(),
  };
  eachDefinedId(document, (id, collection) => {
    sets[collection].add(id);
  });
  return sets;
}

/**
 * How many records a document holds, over every collection with ids.
 *
 * @param document - A schema-valid annotated document.
 * @returns The number of entities, quotes, claims, temporal expressions, temporal links and uncertainty markers.
 */
export function recordCount(document: AnnotatedDocument): number {
  return ID_COLLECTIONS.reduce((sum, collection) => sum + document[collection].length, 0);
}
