import type { Entity } from "../../schema/entity.js";
import type { Check, CheckProblem } from "../check.js";

/** The fields that define a referent, which every document that defines the entity must state alike. */
const DEFINING_FIELDS = ["kind", "name", "aliases", "members", "externalIds"] as const;

type DefiningField = (typeof DEFINING_FIELDS)[number];

/** An entity's definitions, one per document that defines it, in document order. */
type Definitions = readonly { readonly documentIndex: number; readonly entity: Entity }[];

/** For each defining field, the distinct values the definitions give it, each with the first document that gives it. */
type ValuesByField = Readonly<Record<DefiningField, ReadonlyMap<string, number>>>;

/** A field's value in a form that compares equal when the definitions agree: lists as sorted sets. */
function comparable(entity: Entity, field: DefiningField): string {
  const value = entity[field];
  // A list of one value or none is its own sorted set (most aliases and members lists).
  if (Array.isArray(value) && value.length < 2) return JSON.stringify(value);
  if (Array.isArray(value)) return JSON.stringify([...new Set(value)].sort());
  if (typeof value === "object" && value !== null) return JSON.stringify(Object.entries(value).sort());
  return JSON.stringify(value ?? null);
}

/** The grouping of each list of definitions, built by the first document that asks for it (see `valuesByField`). */
const valuesCache = new WeakMap<Definitions, ValuesByField>();

/**
 * The distinct values of each defining field among an entity's definitions, in document order. The check runs once
 * per document, and every document that defines the entity needs the same grouping, so it is built once per list of
 * definitions (one validation run) and kept: comparing each definition with every other one cost time quadratic in
 * the documents.
 */
function valuesByField(definitions: Definitions): ValuesByField {
  const cached = valuesCache.get(definitions);
  if (cached !== undefined) return cached;
  const grouped = (field: DefiningField) => {
    const distinct = new Map<string, number>();
    for (const { documentIndex, entity } of definitions) {
      const value = comparable(entity, field);
      if (!distinct.has(value)) distinct.set(value, documentIndex);
    }
    return distinct;
  };
  const values = {} as Record<DefiningField, ReadonlyMap<string, number>>;
  for (const field of DEFINING_FIELDS) values[field] = grouped(field);
  valuesCache.set(definitions, values);
  return values;
}

/**
 * The values a definition is reported against: the first definition's, when this one differs from it; and for the
 * first definition itself, every other value, each with the first document that gives it. So every definition that
 * differs from the first is reported with both locations, and the first definition's document with each value that
 * contradicts it, at a cost linear in the definitions.
 */
function differingValues(
  distinct: ReadonlyMap<string, number>,
  mine: string,
  documentIndex: number,
): [string, number][] {
  const [first] = distinct;
  if (first === undefined) return [];
  const [firstValue, firstDocument] = first;
  if (documentIndex !== firstDocument) return mine === firstValue ? [] : [first];
  return [...distinct].filter(([value, other]) => value !== mine && other !== documentIndex);
}

/**
 * An entity id names one referent across the corpus, so every document that defines it gives it the same kind,
 * name, aliases, members and external ids (descriptions, mentions and roles belong to each document). A definition
 * that differs from the first one is reported in its document, naming the first definition's document and both
 * values; the first definition is reported too, naming the first document of each other value.
 */
export const entityDefinitionsAgree: Check = {
  name: "entity-definitions-agree",
  description: "An entity defined in several documents has the same kind, name, aliases, members and external ids.",
  run({ document, documentIndex, corpus }) {
    const problems: CheckProblem[] = [];
    document.entities.forEach((entity, index) => {
      const definitions = corpus.sharedEntities.get(entity.id);
      if (definitions === undefined) return;
      const values = valuesByField(definitions);
      for (const field of DEFINING_FIELDS) {
        // This entity is one of the definitions: when they all give the field one value, it gives that one.
        if (values[field].size === 1) continue;
        const mine = comparable(entity, field);
        for (const [value, other] of differingValues(values[field], mine, documentIndex)) {
          problems.push({
            path: ["entities", index, field],
            message: `entity "${entity.id}" has ${field} ${mine} here but ${value} in document "${corpus.documentIds[other]}"`,
            tip: "an entity id is one referent across the corpus: define it alike in every document, or give one of them another id",
          });
        }
      }
    });
    return problems;
  },
};
