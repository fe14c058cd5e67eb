/**
 * Where the generated pages link to in the documentation site: the catalogue row of a record and the API page of
 * its type. The generated pages are copied by TypeDoc into a first-level folder of the site (`media/`), like the
 * guides (`documents/`) and the API pages (`interfaces/`), so `../` reaches the site root from all of them.
 */

/** The record kinds shown on the generated pages, with the interface that documents their fields. */
export const RECORD_TYPES = {
  entity: "Entity",
  quote: "Quote",
  claim: "Claim",
  "temporal-expression": "TemporalExpression",
  "uncertainty-marker": "UncertaintyMarker",
  "publication-date": "PublicationDate",
} as const;

/** A record kind shown on the generated pages. */
export type RecordKind = keyof typeof RECORD_TYPES;

/**
 * The anchor of a record's row in the data catalogue: entity ids recur across documents, so the anchor names the
 * document too (`--` never occurs inside an id).
 *
 * @param documentId - The document's id.
 * @param recordId - The record's id.
 * @returns The HTML id of the row's id cell.
 *
 * @example
 * catalogueAnchor("putin-talks", "vladimir-putin")
 * //=> "putin-talks--vladimir-putin"
 */
export function catalogueAnchor(documentId: string, recordId: string): string {
  return `${documentId}--${recordId}`;
}

/**
 * The URL of a record's row in the data catalogue, from a page one folder below the site root.
 *
 * @example
 * catalogueUrl("putin-talks", "vladimir-putin")
 * //=> "../documents/Data_catalogue.html#putin-talks--vladimir-putin"
 */
export function catalogueUrl(documentId: string, recordId: string): string {
  return `../documents/Data_catalogue.html#${catalogueAnchor(documentId, recordId)}`;
}

/**
 * The URL of the API page of a record kind's type, from a page one folder below the site root.
 *
 * @example
 * apiUrl("quote")
 * //=> "../interfaces/newsfacts.Quote.html"
 */
export function apiUrl(kind: RecordKind): string {
  return `../interfaces/newsfacts.${RECORD_TYPES[kind]}.html`;
}
