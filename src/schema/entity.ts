import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** What kind of referent an entity is (see the annotation guide, section 1). */
export const EntityKindSchema = z
  .enum([
    "person",
    "country",
    "place",
    "organisation",
    "government",
    "group",
    "event",
    "agreement",
    "military-equipment",
    "financial-instrument",
    "unnamed-actor",
  ])
  .meta({ description: "What kind of referent the entity is." });

/** How a metonymic mention stands for its referent. */
export const MetonymySchema = z
  .strictObject({
    type: z
      .enum(["place-for-government", "building-for-institution", "country-for-government", "place-for-people"])
      .meta({ description: "The metonymic pattern, e.g. a capital city standing for its government." }),
    literal: boundedString().min(1).meta({ description: "What the words name literally, e.g. `Moscow, the city`." }),
  })
  .meta({ id: "Metonymy", description: "A mention whose words name one thing but refer to this entity." });

/** One place in the text where the entity is mentioned. */
export const MentionSchema = z
  .strictObject({
    span: SpanSchema,
    pronoun: z.boolean().optional().meta({ description: "True when the mention is a pronoun (`he`, `his`)." }),
    metonymy: MetonymySchema.optional(),
    adjectival: z
      .boolean()
      .optional()
      .meta({ description: "True when the mention is an adjective (`Russian support`, `Belarusian leader`)." }),
    implicit: z.boolean().optional().meta({
      description:
        "True when the words do not name the entity but imply it: the unexpressed agent of a passive (`believed` in `was believed to be`).",
    }),
  })
  .meta({ id: "Mention", description: "One place in the text where the entity is mentioned." });

/** A role or relation the text states for an entity, such as `Kremlin spokesperson`. */
export const RoleSchema = z
  .strictObject({
    role: boundedString().min(1).meta({ description: "The role, in a few words (`spokesperson`, `president`)." }),
    of: referenceTo(["entity"], "The entity the role is held in or for, if the text names it.").optional(),
    span: SpanSchema.meta({ description: "Where the text states the role." }),
  })
  .meta({ id: "Role", description: "A role or relation the text states for the entity." });

/** That an entity is part of another, as the text says it: a programme of an organisation, an agreement of a treaty. */
export const PartOfSchema = z
  .strictObject({
    of: referenceTo(["entity"], "The entity this one is part of."),
    span: SpanSchema.meta({ description: "Where the text says so (`the programme of the Union State`)." }),
  })
  .meta({
    id: "PartOf",
    description: "The entity is part of another, as the text says: a record about the part is about the whole too.",
  });

/** An identifier from outside the article, marked as external and verified. */
export const ExternalIdsSchema = z
  .strictObject({
    wikidata: boundedString()
      .regex(/^Q[1-9]\d*$/, "must be a Wikidata item id such as Q7747")
      .optional()
      .meta({ description: "Wikidata item id, only where verified in a public source." }),
  })
  .meta({
    id: "ExternalIds",
    description: "Identifiers from outside the article (not asserted by it), only where verified.",
  });

/** A person, country, place, organisation, government, group, event, agreement, ... mentioned in the text. */
export const EntitySchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: EntityKindSchema,
    name: boundedString().min(1).meta({ description: "Canonical name." }),
    aliases: z.array(boundedString().min(1)).meta({ description: "Other names the text or common usage gives it." }),
    description: boundedString().min(1).meta({ description: "A description grounded in what the text says." }),
    mentions: z
      .array(MentionSchema)
      .min(1)
      .meta({ description: "Every mention in the text, in order; the first stands for the entity.", mainSpan: true }),
    roles: z.array(RoleSchema).optional().meta({ description: "Roles and relations the text states." }),
    members: z
      .array(referenceTo(["entity"], "An entity id."))
      .optional()
      .meta({ description: "For a group the text treats as one referent (`the two`), the entity ids of its members." }),
    partOf: z.array(PartOfSchema).optional().meta({
      description: "What the text says the entity is part of (an agreement of a treaty, a treaty of a union).",
    }),
    externalIds: ExternalIdsSchema.optional(),
  })
  .meta({
    id: "Entity",
    recordKind: "entity",
    sharedAcrossDocuments: true,
    description: "A referent of the text, with every mention.",
  });

/** A referent of the text, with every mention. */
export type Entity = z.infer<typeof EntitySchema>;
/** What kind of referent an entity is. */
export type EntityKind = z.infer<typeof EntityKindSchema>;
/** One place in the text where an entity is mentioned. */
export type Mention = z.infer<typeof MentionSchema>;
