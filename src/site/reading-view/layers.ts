/**
 * The layers of the reading view, in the order of their switches. For spans of the same extent the earlier layer
 * is drawn outside the later one, so an entity's background always sits inside a claim's underline.
 */
export const LAYERS = [
  { id: "claims", label: "Claims", hint: "underlined by the author's factuality" },
  { id: "quotes", label: "Quotes", hint: "content highlighted, with the speaker and cue" },
  { id: "uncertainty", label: "Uncertainty", hint: "cue boxed, scope over-lined" },
  { id: "time", label: "Dates and times", hint: "with the normalized value" },
  { id: "entities", label: "Entities", hint: "by kind; pronouns and metonymy marked" },
] as const;

/** A layer's id. */
export type LayerId = (typeof LAYERS)[number]["id"];

/**
 * The rank of a layer: its position in {@link LAYERS}.
 *
 * @example
 * layerRank("entities")
 * //=> 4
 */
export function layerRank(layer: LayerId): number {
  return LAYERS.findIndex((candidate) => candidate.id === layer);
}
