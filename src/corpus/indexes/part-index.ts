import type { EntityIndex } from "./entity-index.js";

/** The direct parts of each entity, by entity id: the entities the text says are part of it, and a group's members. */
export type PartIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Indexes the part-of links of every entity definition (`partOf`, which each document states for itself) and the
 * members of groups, from the whole to its parts.
 *
 * @param entities - The entity index.
 * @returns The direct parts of each entity that has any.
 */
export function partIndex(entities: EntityIndex): PartIndex {
  const parts = new Map<string, Set<string>>();
  const add = (whole: string, part: string) => {
    const known = parts.get(whole);
    if (known === undefined) parts.set(whole, new Set([part]));
    else known.add(part);
  };
  for (const definitions of entities.definitions.values()) {
    for (const { entity } of definitions) {
      for (const link of entity.partOf ?? []) add(link.of, entity.id);
      for (const member of entity.members ?? []) add(entity.id, member);
    }
  }
  return new Map([...parts].map(([whole, wholeParts]) => [whole, Object.freeze([...wholeParts])]));
}

/**
 * An entity and everything that is part of it, directly or through other parts, breadth first: what a record about
 * the entity may name instead of it. The validator rejects cycles; the walk would stop at one anyway.
 *
 * @param parts - The part index.
 * @param id - An entity id.
 * @returns The id, then its parts, nearest first.
 */
export function withPartsOf(parts: PartIndex, id: string): string[] {
  const found = new Set([id]);
  for (const whole of found) {
    for (const part of parts.get(whole) ?? []) found.add(part);
  }
  return [...found];
}
