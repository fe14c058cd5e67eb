import type { Factuality } from "../generated/record-types.js";

/** The FactBank certainty levels, from most to least certain: CT certain, PR probable, PS possible, U uncommitted. */
export const CERTAINTY_LEVELS = ["CT", "PR", "PS", "U"] as const;

/** A FactBank certainty level, from most to least certain: CT certain, PR probable, PS possible, U uncommitted. */
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

/** The FactBank polarities: `+` the event holds, `-` it does not, `u` unknown or unstated (CTu, Uu). */
export const POLARITIES = ["+", "-", "u"] as const;

/** A FactBank polarity: `+` the event holds, `-` it does not, `u` unknown or unstated (CTu, Uu). */
export type Polarity = (typeof POLARITIES)[number];

/** Whose commitment a factuality is read from: the claimant's or the article author's. */
export const FACTUALITY_VIEWS = ["claimant", "author"] as const;

/** Whose commitment a factuality filter reads: the claimant's (the default) or the article author's. */
export type FactualityView = (typeof FACTUALITY_VIEWS)[number];

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

/** Which FactBank values a factuality filter accepts; every bound that is left out accepts everything. */
export interface FactualityBounds {
  /** The least certain level to accept. */
  readonly minCertainty?: CertaintyLevel | undefined;
  /** The most certain level to accept. */
  readonly maxCertainty?: CertaintyLevel | undefined;
  /** The polarity to accept. */
  readonly polarity?: Polarity | undefined;
}

/**
 * The FactBank values between `minCertainty` and `maxCertainty` (inclusive) that have the given polarity.
 *
 * @param bounds - The least and most certain levels and the polarity to accept.
 * @returns The accepted values, in the order of the FactBank scale.
 *
 * @example
 * factualityValues({ minCertainty: "PR", polarity: "+" })
 * //=> ["CT+", "PR+"]
 *
 * @example
 * factualityValues({ maxCertainty: "PR" })
 * //=> ["PR+", "PR-", "PS+", "PS-", "Uu"]
 */
export function factualityValues(bounds: FactualityBounds): Factuality[] {
  const least = bounds.minCertainty === undefined ? RANK.U : RANK[bounds.minCertainty];
  const most = bounds.maxCertainty === undefined ? RANK.CT : RANK[bounds.maxCertainty];
  return (Object.keys(SCALE) as Factuality[]).filter((value) => {
    const { level, polarity } = SCALE[value];
    return (
      RANK[level] >= least && RANK[level] <= most && (bounds.polarity === undefined || polarity === bounds.polarity)
    );
  });
}

/**
 * Whether a FactBank value is weaker than another, as a weakening cue moves a value: less certain with the same
 * polarity (CT+ to PR+ or PS+), or uncommitted (Uu) where the other is committed.
 *
 * @param value - The value after the cue, e.g. `PR+`.
 * @param than - The value without the cue, e.g. `CT+`.
 * @returns Whether `value` is weaker than `than`.
 *
 * @example
 * isWeakerFactuality("PR+", "CT+")
 * //=> true
 * @example
 * isWeakerFactuality("PR-", "CT+")
 * //=> false
 * @example
 * isWeakerFactuality("CT+", "PR+")
 * //=> false
 */
export function isWeakerFactuality(value: Factuality, than: Factuality): boolean {
  const weaker = SCALE[value];
  const stronger = SCALE[than];
  if (RANK[weaker.level] >= RANK[stronger.level]) return false;
  return value === "Uu" || weaker.polarity === stronger.polarity;
}
