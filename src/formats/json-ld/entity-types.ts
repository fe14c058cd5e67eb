import type { EntityKind } from "../../generated/record-types.js";

/** The schema.org types entities are exported as (each checked against schema.org by the entity node's type). */
export type SchemaOrgEntityType =
  | "Person"
  | "Country"
  | "Place"
  | "Organization"
  | "GovernmentOrganization"
  | "Event"
  | "Thing";

/**
 * The schema.org type of each entity kind: the most specific type that holds for every entity of the kind, else
 * `Thing`. Person → `Person`; country → `Country` (a `Place`); place → `Place`; organisation → `Organization`;
 * government → `GovernmentOrganization` (an `Organization`); event → `Event`. Groups ("the west", "the two"),
 * unnamed actors (an ambassador, state media), agreements, military equipment and financial instruments mix
 * people, organisations, documents and objects, so they are `Thing`s; the export keeps the exact kind as an
 * `additionalType` IRI, `urn:newsfacts:kind:<kind>`.
 */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityKind, SchemaOrgEntityType>> = {
  person: "Person",
  country: "Country",
  place: "Place",
  organisation: "Organization",
  government: "GovernmentOrganization",
  group: "Thing",
  event: "Event",
  agreement: "Thing",
  "military-equipment": "Thing",
  "financial-instrument": "Thing",
  "unnamed-actor": "Thing",
};

/**
 * The `additionalType` IRI that keeps an entity's exact kind in the JSON-LD export.
 *
 * @param kind - An entity kind.
 * @returns `urn:newsfacts:kind:<kind>`.
 *
 * @example
 * kindIri("military-equipment")
 * //=> "urn:newsfacts:kind:military-equipment"
 */
export function kindIri(kind: EntityKind): string {
  return `urn:newsfacts:kind:${kind}`;
}
