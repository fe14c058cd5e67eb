import { NEWSFACTS_TERMS, type NewsfactsTerm, vocabularyIri } from "./newsfacts-terms.js";

/** Each newsfacts term mapped to its IRI, `urn:newsfacts:vocab:<term>`. */
const NEWSFACTS_CONTEXT = Object.fromEntries(NEWSFACTS_TERMS.map((term) => [term, vocabularyIri(term)])) as Readonly<
  Record<NewsfactsTerm, string>
>;

/**
 * The JSON-LD context the export embeds (no remote context is ever loaded): schema.org terms by `@vocab`, with the
 * vocabulary IRI `http://schema.org/` that schema.org's own context (`https://schema.org`) expands to, so the
 * triples match those of documents that use it. `sameAs` and `additionalType` values are IRIs. The newsfacts terms
 * (factuality, quote kind, how the publication date was found) map to `urn:newsfacts:vocab:<term>`.
 */
export const JSON_LD_CONTEXT = {
  "@vocab": "http://schema.org/",
  sameAs: { "@type": "@id" },
  additionalType: { "@type": "@id" },
  ...NEWSFACTS_CONTEXT,
} as const;

/** The embedded context of the JSON-LD export. */
export type JsonLdContext = typeof JSON_LD_CONTEXT;
