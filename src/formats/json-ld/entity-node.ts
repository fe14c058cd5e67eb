import type { Entity } from "../../schema/entity.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { entityIri, wikidataIri } from "../iris.js";
import { kindIri, SCHEMA_ORG_TYPES } from "./entity-types.js";
import type { JsonLdNode } from "./json-ld-node.js";
import type { EntityNode } from "./schema-org-nodes.js";

/**
 * An entity as a schema.org node: its type from {@link SCHEMA_ORG_TYPES}, its exact kind as `additionalType`, its
 * name, aliases (`alternateName`) and description, and `sameAs` its Wikidata item where the record has one.
 *
 * @param entity - An entity record.
 * @returns The entity's node.
 *
 * @example
 * entityNode(corpus.entity("vladimir-putin")).sameAs
 * //=> "http://www.wikidata.org/entity/Q7747"
 */
export function entityNode(entity: DeepReadonly<Entity>): JsonLdNode {
  const wikidata = entity.externalIds?.wikidata;
  return {
    "@id": entityIri(entity.id),
    "@type": SCHEMA_ORG_TYPES[entity.kind],
    additionalType: kindIri(entity.kind),
    identifier: entity.id,
    name: entity.name,
    alternateName: [...entity.aliases],
    description: entity.description,
    ...(wikidata === undefined ? {} : { sameAs: wikidataIri(wikidata) }),
  } satisfies EntityNode;
}
