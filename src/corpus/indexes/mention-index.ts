import type { Mention } from "../../generated/record-types.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import type { EntityIndex } from "./entity-index.js";

/** One mention of an entity, with the id of the document it is in. */
export type EntityMention<DocumentId extends string = string> = DeepReadonly<Mention> & {
  readonly document: DocumentId;
};

/** Every mention of an entity, by entity id. */
export interface MentionIndex {
  /** The mentions of an entity in corpus order, or undefined for an unknown id. */
  get(entityId: string): readonly EntityMention[] | undefined;
}

/**
 * The mentions of every entity (named, pronoun, metonymic and adjectival), across documents: those of its one corpus
 * record, each tagged with its document.
 *
 * @param entities - The entity index.
 * @returns The mentions by entity id, each list and mention frozen.
 */
export function mentionIndex(entities: EntityIndex): MentionIndex {
  return {
    get: (entityId) => entities.byId.get(entityId)?.mentions as readonly EntityMention[] | undefined,
  };
}
