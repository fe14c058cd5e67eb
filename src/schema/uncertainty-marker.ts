import { z } from "zod";
import { FactualitySchema } from "./factuality.js";
import { RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** Categories of uncertainty cues (annotation guide, section 5). */
export const UncertaintyCategorySchema = z
  .enum([
    "epistemic-modal",
    "epistemic-adverb",
    "evidential",
    "belief",
    "approximator",
    "expectation",
    "conditional",
    "generalisation",
    "contextual-doubt",
  ])
  .meta({
    description:
      "What kind of cue: modal (may), adverb (probably), evidential (claimed), belief (thought), approximator (as many as), expectation (expected), conditional (would), generalisation (usually), contextual doubt.",
  });

/** The cue lowers the factuality of what it scopes, e.g. PR+ to PS+. */
export const WeakensEffectSchema = z
  .strictObject({
    type: z.literal("weakens"),
    from: FactualitySchema.meta({ description: "Factuality the scoped proposition would have without the cue." }),
    view: z
      .enum(["claimant", "author"])
      .optional()
      .meta({ description: "Whose view the cue changes: the claimant's (a speaker's own hedge) or the author's." }),
    to: FactualitySchema.meta({ description: "Factuality with the cue." }),
  })
  .meta({ id: "WeakensEffect", description: "The cue lowers the factuality of what it scopes." });

/** The cue attributes what it scopes to a source, so the author does not commit to it. */
export const AttributesEffectSchema = z.strictObject({ type: z.literal("attributes") }).meta({
  id: "AttributesEffect",
  description: "The cue attributes what it scopes to a source (the author is uncommitted).",
});

/** The cue makes a number approximate without weakening the proposition. */
export const ApproximatesEffectSchema = z
  .strictObject({ type: z.literal("approximates") })
  .meta({ id: "ApproximatesEffect", description: "The cue makes a number approximate." });

/** The cue narrows how widely a claim holds (`largely`, `usually`, `in part`) without making anyone less sure of it. */
export const LimitsScopeEffectSchema = z
  .strictObject({ type: z.literal("limits-scope") })
  .meta({ id: "LimitsScopeEffect", description: "The cue narrows how widely the claim holds, not how sure it is." });

/** The context casts doubt on what it scopes without a hedge word (`similar predictions have fallen flat before`). */
export const CastsDoubtEffectSchema = z
  .strictObject({ type: z.literal("casts-doubt") })
  .meta({ id: "CastsDoubtEffect", description: "The context casts doubt on what the cue scopes." });

/** How an uncertainty cue changes what it scopes. */
export const UncertaintyEffectSchema = z
  .discriminatedUnion("type", [
    WeakensEffectSchema,
    AttributesEffectSchema,
    ApproximatesEffectSchema,
    LimitsScopeEffectSchema,
    CastsDoubtEffectSchema,
  ])
  .meta({ id: "UncertaintyEffect", description: "How the cue changes what it scopes." });

/** A hedge, evidential, belief verb, approximator, expectation or conditional cue. */
export const UncertaintyMarkerSchema = z
  .strictObject({
    id: RecordIdSchema,
    cue: SpanSchema.meta({ description: "The cue word or phrase." }),
    category: UncertaintyCategorySchema,
    scope: SpanSchema.meta({ description: "The stretch of text the cue governs.", mainSpan: true }),
    affects: z
      .array(referenceTo(["claim", "quote", "temporalExpression"], "A claim, quote or temporal expression it affects."))
      .min(1)
      .meta({ description: "Ids of the claims, quotes and temporal expressions it affects." }),
    effect: UncertaintyEffectSchema,
  })
  .meta({
    id: "UncertaintyMarker",
    recordKind: "uncertaintyMarker",
    description: "A cue that hedges, attributes or approximates what it scopes.",
  });

/** A cue that hedges, attributes or approximates what it scopes. */
export type UncertaintyMarker = z.infer<typeof UncertaintyMarkerSchema>;
/** The category of an uncertainty cue. */
export type UncertaintyCategory = z.infer<typeof UncertaintyCategorySchema>;
