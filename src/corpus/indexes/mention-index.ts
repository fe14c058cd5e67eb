import type { Mention } from "../../schema/entity.js";
import type { DeepReadonly } from "../deep-readonly.js";
import type { CorpusDocument } from "./record-table.js";

/** One mention of an entity, with the id of the document it is in. */
export type EntityMention<DocumentId extends string = string> = DeepReadonly<Mention> & {
  readonly document: DocumentId;
};

/**
 * Collects every mention of every entity (named, pronoun, metonymic and adjectival), across documents.
 *
 * @param documents - The corpus documents.
 * @returns The mentions by entity id, in corpus order, each frozen.
 */
export function mentionIndex(documents: readonly CorpusDocument[]): ReadonlyMap<string, readonly EntityMention[]> {
  const index = new Map<string, EntityMention[]>();
  for (const document of documents) {
    for (const entity of document.entities) {
      const mentions = index.get(entity.id) ?? [];
      for (const mention of entity.mentions)
        mentions.push(Object.freeze({ ...mention, document: document.document.id }));
      index.set(entity.id, mentions);
    }
  }
  for (const mentions of index.values()) Object.freeze(mentions);
  return index;
}
