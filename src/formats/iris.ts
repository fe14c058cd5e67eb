/**
 * The IRIs the exports give documents and records. Documents and the records inside them are named under the
 * document (`urn:newsfacts:<document-id>#<record-id>`); entities are named once for the whole corpus
 * (`urn:newsfacts:entity:<entity-id>`), because the same entity id in two documents is the same referent.
 */
const PREFIX = "urn:newsfacts:";

/**
 * The IRI of a document: what W3C annotations target and what the JSON-LD `NewsArticle` is.
 *
 * @param documentId - A document id.
 * @returns `urn:newsfacts:<document-id>`.
 *
 * @example
 * documentIri("putin-lukashenko-union-state-talks")
 * //=> "urn:newsfacts:putin-lukashenko-union-state-talks"
 */
export function documentIri(documentId: string): string {
  return `${PREFIX}${documentId}`;
}

/**
 * The IRI of a record of a document (quote, claim, temporal expression, ...), unique because record ids are.
 *
 * @param documentId - The id of the document that defines the record.
 * @param recordId - The record's id.
 * @returns `urn:newsfacts:<document-id>#<record-id>`.
 *
 * @example
 * recordIri("putin-lukashenko-union-state-talks", "quote-putin-summarise")
 * //=> "urn:newsfacts:putin-lukashenko-union-state-talks#quote-putin-summarise"
 */
export function recordIri(documentId: string, recordId: string): string {
  return `${documentIri(documentId)}#${recordId}`;
}

/**
 * The IRI of an entity, the same in every document that mentions it.
 *
 * @param entityId - An entity id.
 * @returns `urn:newsfacts:entity:<entity-id>`.
 *
 * @example
 * entityIri("vladimir-putin")
 * //=> "urn:newsfacts:entity:vladimir-putin"
 */
export function entityIri(entityId: string): string {
  return `${PREFIX}entity:${entityId}`;
}

/**
 * The Wikidata entity IRI of a Wikidata item id, as Wikidata's RDF names items.
 *
 * @param itemId - A Wikidata item id such as `Q7747`.
 * @returns `http://www.wikidata.org/entity/<item-id>`.
 *
 * @example
 * wikidataIri("Q7747")
 * //=> "http://www.wikidata.org/entity/Q7747"
 */
export function wikidataIri(itemId: string): string {
  return `http://www.wikidata.org/entity/${itemId}`;
}

/**
 * The IRI of the W3C Web Annotation of a record in a document (an entity's annotation covers its mentions in that
 * document, so it is named under the document too).
 *
 * @param documentId - The id of the document.
 * @param recordId - The record's id.
 * @returns `urn:newsfacts:<document-id>#annotation-<record-id>`.
 *
 * @example
 * annotationIri("putin-lukashenko-union-state-talks", "vladimir-putin")
 * //=> "urn:newsfacts:putin-lukashenko-union-state-talks#annotation-vladimir-putin"
 */
export function annotationIri(documentId: string, recordId: string): string {
  return recordIri(documentId, `annotation-${recordId}`);
}
