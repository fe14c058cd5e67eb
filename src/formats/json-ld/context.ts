/**
 * The JSON-LD context the export embeds (no remote context is ever loaded): schema.org terms by `@vocab`, with the
 * vocabulary IRI `http://schema.org/` that schema.org's own context (`https://schema.org`) expands to, so the
 * triples match those of documents that use it. `sameAs` and `additionalType` values are IRIs.
 */
export const JSON_LD_CONTEXT = {
  "@vocab": "http://schema.org/",
  sameAs: { "@type": "@id" },
  additionalType: { "@type": "@id" },
} as const;

/** The embedded context of the JSON-LD export. */
export type JsonLdContext = typeof JSON_LD_CONTEXT;
