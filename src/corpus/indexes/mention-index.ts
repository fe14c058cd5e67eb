import type { Mention } from "../../generated/record-types.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import type { EntityIndex } from "./entity-index.js";
import type { CorpusDocument } from "./record-table.js";

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
 * The mentions of every entity (named, pronoun, metonymic and adjectival), across documents. An entity's list is
 * made from its definitions the first time it is asked for and then kept, so a first `mentions(id)` costs the
 * entity index and that entity's mentions, not a copy of every mention in the corpus.
 *
 * @param entities - The entity index (every definition of each id, in corpus order).
 * @param documents - The corpus documents.
 * @returns The mentions by entity id, each list and mention frozen.
 */
export function mentionIndex(entities: EntityIndex, documents: readonly CorpusDocument[]): MentionIndex {
  const built = new Map<string, readonly EntityMention[]>();
  return {
    get(entityId) {
      const known = built.get(entityId);
      if (known !== undefined) return known;
      const definitions = entities.definitions.get(entityId);
      if (definitions === undefined) return undefined;
      const mentions: EntityMention[] = [];
      for (const { documentIndex, entity } of definitions) {
        const document = (documents[documentIndex] as CorpusDocument).document.id;
        for (const mention of entity.mentions) mentions.push(Object.freeze({ ...mention, document }));
      }
      built.set(entityId, Object.freeze(mentions));
      return mentions;
    },
  };
}
