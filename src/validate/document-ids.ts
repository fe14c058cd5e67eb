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
  const ids: DefinedId[] = [
    { id: document.document.publicationDate.id, collection: "publicationDate", path: ["document", "publicationDate", "id"] },
  ];
  for (const collection of ID_COLLECTIONS) {
    document[collection].forEach((record, index) => {
      ids.push({ id: record.id, collection, path: [collection, index, "id"] });
    });
  }
  return ids;
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
  for (const defined of definedIds(document)) sets[defined.collection].add(defined.id);
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
