/**
 * The closed vocabularies of the data model, as plain constants. The schemas build their enums from these, and the
 * code that must not load a schema library (the query filters of the main entry, the command line's query path)
 * reads the same lists here, so the allowed values are written once.
 */

/** What kind of referent an entity is (see the annotation guide, section 1). */
export const ENTITY_KINDS = [
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
] as const;

/** Direct (in quotation marks), indirect (reported) or mixed (a partial quotation inside reported speech). */
export const QUOTE_KINDS = ["direct", "indirect", "mixed"] as const;

/** TIMEX3 types. */
export const TEMPORAL_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;

/** Categories of uncertainty cues (annotation guide, section 5). */
export const UNCERTAINTY_CATEGORIES = [
  "epistemic-modal",
  "epistemic-adverb",
  "evidential",
  "belief",
  "approximator",
  "expectation",
  "conditional",
  "generalisation",
  "contextual-doubt",
] as const;

/**
 * FactBank factuality values (Saurí & Pustejovsky 2009): CT certain, PR probable, PS possible,
 * `+` / `-` polarity, CTu certain but underspecified polarity, Uu uncommitted.
 */
export const FACTUALITY_VALUES = ["CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu"] as const;
