import { z } from "zod";
import { FACTUALITY_VALUES } from "./vocabularies.js";

/** A FactBank factuality value. */
export const FactualitySchema = z
  .enum(FACTUALITY_VALUES)
  .meta({ description: "FactBank value: CT certain, PR probable, PS possible; + or - polarity; CTu; Uu uncommitted." });

/** A FactBank factuality value. */
export type Factuality = z.infer<typeof FactualitySchema>;
