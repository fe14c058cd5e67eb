import type { Factuality } from "../schema/factuality.js";

/** A FactBank certainty level, from most to least certain: CT certain, PR probable, PS possible, U uncommitted. */
export type CertaintyLevel = "CT" | "PR" | "PS" | "U";

/** A FactBank polarity: `+` the event holds, `-` it does not, `u` unknown or unstated (CTu, Uu). */
export type Polarity = "+" | "-" | "u";

/** The certainty level and polarity of every FactBank value (CT+, CT- and CTu rank as CT; Uu as U). */
const SCALE: Readonly<Record<Factuality, { readonly level: CertaintyLevel; readonly polarity: Polarity }>> = {
  "CT+": { level: "CT", polarity: "+" },
  "CT-": { level: "CT", polarity: "-" },
  CTu: { level: "CT", polarity: "u" },
  "PR+": { level: "PR", polarity: "+" },
  "PR-": { level: "PR", polarity: "-" },
  "PS+": { level: "PS", polarity: "+" },
  "PS-": { level: "PS", polarity: "-" },
  Uu: { level: "U", polarity: "u" },
};

/** The rank of each level: higher is more certain. */
const RANK: Readonly<Record<CertaintyLevel, number>> = { CT: 3, PR: 2, PS: 1, U: 0 };

/**
 * The FactBank values that are at least as certain as `minCertainty` and have the given polarity.
 *
 * @param minCertainty - The least certain level to accept; every level when undefined.
 * @param polarity - The polarity to accept; every polarity when undefined.
 * @returns The accepted values, in the order of the FactBank scale.
 *
 * @example
 * factualityValues("PR", "+")
 * //=> ["CT+", "PR+"]
 */
export function factualityValues(minCertainty?: CertaintyLevel, polarity?: Polarity): Factuality[] {
  const least = minCertainty === undefined ? 0 : RANK[minCertainty];
  return (Object.keys(SCALE) as Factuality[]).filter(
    (value) => RANK[SCALE[value].level] >= least && (polarity === undefined || SCALE[value].polarity === polarity),
  );
}
