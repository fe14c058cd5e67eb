/**
 * The terms of the newsfacts vocabulary: what the export states that schema.org has no property for on the node's
 * type (schema.org's `additionalProperty` belongs to places, products and values, not to creative works). Each term
 * is `urn:newsfacts:vocab:<term>` in the embedded context, so the triples carry full IRIs and schema.org consumers
 * ignore what they do not know.
 */
export const NEWSFACTS_TERMS = [
  "datePublishedResolution",
  "datePublishedCertainty",
  "datePublishedReasoning",
  "quoteKind",
  "factualityClaimant",
  "factualityAuthor",
  "claimStatus",
] as const;

/** A term of the newsfacts vocabulary. */
export type NewsfactsTerm = (typeof NEWSFACTS_TERMS)[number];

/**
 * The IRI of a term of the newsfacts vocabulary.
 *
 * @param term - A term, e.g. `factualityAuthor`.
 * @returns `urn:newsfacts:vocab:<term>`.
 *
 * @example
 * vocabularyIri("factualityAuthor")
 * //=> "urn:newsfacts:vocab:factualityAuthor"
 */
export function vocabularyIri(term: NewsfactsTerm): string {
  return `urn:newsfacts:vocab:${term}`;
}
