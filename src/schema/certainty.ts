import { z } from "zod";

/** A probability-like certainty in [0, 1]: 1 is stated outright, lower values are inferred or hedged. */
export const CertaintySchema = z
  .number()
  .min(0)
  .max(1)
  .meta({ description: "How sure the annotation is, from 0 (a guess) to 1 (stated outright in the text)." });
