/** A reference to a node of the graph by its IRI. */
export interface NodeReference {
  readonly "@id": string;
}

/** A node of the exported graph: an IRI, a schema.org type, schema.org properties and newsfacts terms. */
export interface JsonLdNode {
  readonly "@id": string;
  readonly "@type"?: string;
  readonly [property: string]: unknown;
}

/**
 * A reference to a node by IRI.
 *
 * @param iri - The node's IRI.
 * @returns `{ "@id": iri }`.
 *
 * @example
 * reference("urn:newsfacts:entity:nato")
 * //=> { "@id": "urn:newsfacts:entity:nato" }
 */
export function reference(iri: string): NodeReference {
  return { "@id": iri };
}
