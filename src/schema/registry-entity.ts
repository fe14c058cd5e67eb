import type { z } from "zod";
import { EntitySchema } from "./entity.js";

/**
 * The fields that define a referent, which the corpus-wide registry (`data/entities/<id>.json`) states once: a
 * document's record of a registry referent never repeats them.
 */
export const REGISTRY_FIELDS = ["kind", "name", "aliases", "members", "externalIds"] as const;

/**
 * The entity kinds whose referents are defined in the registry: people, countries, places, organisations and
 * governments appear in many articles. Events, agreements, groups, equipment and unnamed actors stay in their
 * document (an id defined in two documents must be defined alike: the `entity-definitions-agree` check).
 */
export const REGISTRY_KINDS = ["person", "country", "place", "organisation", "government"] as const;

/**
 * A referent defined once for the whole corpus, in `data/entities/<id>.json`: what it is, its names, the entities
 * it is made of and its verified external ids, with a description that fits every article.
 */
export const RegistryEntitySchema = EntitySchema.pick({
  id: true,
  kind: true,
  name: true,
  aliases: true,
  description: true,
  members: true,
  externalIds: true,
}).meta({
  id: "RegistryEntity",
  description: "A referent defined once for the corpus (data/entities/<id>.json): kind, names, external ids.",
});

/**
 * A document's record of a registry referent, in its `entities.json`: where the text mentions it, the roles the
 * text states, and, when this article says something of its own about it, a description.
 */
export const EntityMentionsSchema = EntitySchema.pick({ id: true, description: true, mentions: true, roles: true })
  .partial({ description: true })
  .meta({
    id: "EntityMentions",
    description: "A document's mentions and roles of a referent defined in the registry (data/entities/).",
  });

/** A referent defined once for the corpus. */
export type RegistryEntity = z.infer<typeof RegistryEntitySchema>;
