import { danglingReferences } from "./dangling-references.js";
import { reversedIntervals, unparseableValues, wrongRelativeDates } from "./dates.js";
import { wrongEnums } from "./enums.js";
import { hedgedMarkedCertain } from "./hedges.js";
import { duplicateIds, missingFields, prototypeKeys, unknownFields } from "./ids-and-fields.js";
import {
  anchorCycles,
  inconsistentClaims,
  inconsistentMarkers,
  inconsistentQuantities,
  inconsistentTemporalLinks,
  valuesOffTheText,
  valuesOutOfRangeOrType,
} from "./meaning.js";
import type { MutationGenerator } from "./mutation.js";
import { alteredSpanTexts, furnitureAnchors, shiftedSpans } from "./spans.js";
import {
  brokenSegments,
  duplicateMentions,
  illFormedLanguageTags,
  reservedIdsTaken,
  splitSurrogates,
} from "./structure.js";

export type { Mutation, MutationGenerator } from "./mutation.js";

/** Every mutation generator, one per kind of corruption. */
export const GENERATORS: readonly MutationGenerator[] = [
  danglingReferences,
  shiftedSpans,
  alteredSpanTexts,
  duplicateIds,
  unknownFields,
  missingFields,
  wrongEnums,
  unparseableValues,
  reversedIntervals,
  wrongRelativeDates,
  hedgedMarkedCertain,
  furnitureAnchors,
  prototypeKeys,
  brokenSegments,
  splitSurrogates,
  reservedIdsTaken,
  duplicateMentions,
  illFormedLanguageTags,
  inconsistentTemporalLinks,
  anchorCycles,
  inconsistentClaims,
  inconsistentMarkers,
  inconsistentQuantities,
  valuesOffTheText,
  valuesOutOfRangeOrType,
];
