import { z } from "zod";

/**
 * FactBank factuality values (Saurí & Pustejovsky 2009): CT certain, PR probable, PS possible,
 * `+` / `-` polarity, CTu certain but underspecified polarity, Uu uncommitted.
 */
export const FACTUALITY_VALUES = ["CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu"] as const;

/** A FactBank factuality value. */
export const FactualitySchema = z
  .enum(FACTUALITY_VALUES)
  .meta({ description: "FactBank value: CT certain, PR probable, PS possible; + or - polarity; CTu; Uu uncommitted." });

/** A FactBank factuality value. */
export type Factuality = z.infer<typeof FactualitySchema>;
