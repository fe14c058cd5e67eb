/** A reference to a node of the graph by its IRI. */
export interface NodeReference {
  readonly "@id": string;
}

/** A node of the exported graph: an IRI, a schema.org type and schema.org properties. */
export interface JsonLdNode {
  readonly "@id": string;
  readonly "@type"?: string;
  readonly [property: string]: unknown;
}

/** A schema.org `PropertyValue`: a named value the schema.org type has no property for. */
export interface PropertyValue {
  readonly "@type": "PropertyValue";
  readonly propertyID: string;
  readonly name: string;
  readonly value: string | number;
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

/**
 * A schema.org `PropertyValue`.
 *
 * @param propertyID - A short identifier of the property, e.g. `factualityAuthor`.
 * @param name - What the property is, in words.
 * @param value - Its value.
 * @returns The `PropertyValue` node.
 *
 * @example
 * propertyValue("quoteKind", "Kind of reported speech", "direct").value
 * //=> "direct"
 */
export function propertyValue(propertyID: string, name: string, value: string | number): PropertyValue {
  return { "@type": "PropertyValue", propertyID, name, value };
}
