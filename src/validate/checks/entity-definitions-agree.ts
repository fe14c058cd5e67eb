import type { Entity } from "../../schema/entity.js";
import type { Check, CheckProblem } from "../check.js";

/** The fields that define a referent, which every document that defines the entity must state alike. */
const DEFINING_FIELDS = ["kind", "name", "aliases", "members", "externalIds"] as const;

/** A field's value in a form that compares equal when the definitions agree: lists as sorted sets. */
function comparable(entity: Entity, field: (typeof DEFINING_FIELDS)[number]): string {
  const value = entity[field];
  if (Array.isArray(value)) return JSON.stringify([...new Set(value)].sort());
  if (typeof value === "object" && value !== null) return JSON.stringify(Object.entries(value).sort());
  return JSON.stringify(value ?? null);
}

/**
 * An entity id names one referent across the corpus, so every document that defines it gives it the same kind,
 * name, aliases, members and external ids (descriptions, mentions and roles belong to each document). Every
 * difference is reported in each document at fault, naming the other document and both values.
 */
export const entityDefinitionsAgree: Check = {
  name: "entity-definitions-agree",
  description: "An entity defined in several documents has the same kind, name, aliases, members and external ids.",
  run({ document, documentIndex, corpus }) {
    const problems: CheckProblem[] = [];
    document.entities.forEach((entity, index) => {
      const definitions = corpus.sharedEntities.get(entity.id);
      if (definitions === undefined) return;
      for (const field of DEFINING_FIELDS) {
        const mine = comparable(entity, field);
        for (const other of definitions) {
          if (other.documentIndex === documentIndex || comparable(other.entity, field) === mine) continue;
          problems.push({
            path: ["entities", index, field],
            message: `entity "${entity.id}" has ${field} ${mine} here but ${comparable(other.entity, field)} in document "${corpus.documentIds[other.documentIndex]}"`,
            tip: "an entity id is one referent across the corpus: define it alike in every document, or give one of them another id",
          });
        }
      }
    });
    return problems;
  },
};
