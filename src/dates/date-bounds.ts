import type { AnnotatedDocument } from "../generated/record-types.js";
import { edtfBounds } from "./edtf-bounds.js";

/** The earliest and latest instant (epoch ms, UTC) a date covers; `null` where the value is open or unknown. */
export type DateBounds = readonly [min: number | null, max: number | null];

/** Turns an edtf bound into a finite number, or null for an open or unknown bound. */
function finiteOrNull(bound: number | null): number | null {
  return bound !== null && Number.isFinite(bound) ? bound : null;
}

/**
 * The bounds of every DATE and TIME expression of the documents, parsed with `edtf` once, so that date queries
 * need no EDTF parser at run time.
 *
 * @param documents - Valid annotated documents.
 * @returns A map from temporal expression id to its bounds.
 */
export function dateBounds(documents: readonly AnnotatedDocument[]): Map<string, DateBounds> {
  const bounds = new Map<string, DateBounds>();
  for (const document of documents) {
    for (const expression of document.temporalExpressions) {
      if (expression.type !== "DATE" && expression.type !== "TIME") continue;
      const { min, max } = edtfBounds(expression.value);
      bounds.set(expression.id, [finiteOrNull(min), finiteOrNull(max)]);
    }
  }
  return bounds;
}
