import type { UncertaintyCategory } from "../../generated/record-types.js";
import type { ShippedIds } from "../../generated/shipped-ids.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { HedgeableId, UncertaintyMarkerRecord } from "../typed-records.js";
import { checkedFilter } from "./check-filter.js";
import type { OneOrMany } from "./filter-fields.js";
import { isWanted, lookup, selectIndexed } from "./select.js";

/** The filters of `corpus.uncertainty()`; every filter that is set must match, and an array means "any of them". */
export interface UncertaintyFilter<Ids extends IdTypes = ShippedIds> {
  /** Only markers that affect this claim, quote or temporal expression, or any of these. */
  readonly target?: OneOrMany<HedgeableId<Ids>> | undefined;
  /** Only markers of this category, or of any of these. */
  readonly category?: OneOrMany<UncertaintyCategory> | undefined;
  /** Only markers from this document, or from any of these. */
  readonly document?: OneOrMany<Ids["document"]> | undefined;
}

/**
 * The uncertainty markers that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param given - The filters, checked here.
 * @returns The markers, frozen.
 * @throws {TypeError} For an unknown filter key or a value of the wrong type.
 * @throws {RangeError} For a category that does not exist.
 */
export function findMarkers(
  indexes: CorpusIndexes,
  given: UncertaintyFilter<StringIds> | undefined,
): readonly UncertaintyMarkerRecord<StringIds>[] {
  const { target, category, document } = checkedFilter<UncertaintyFilter<StringIds>>("uncertainty", given);
  const markers = indexes.markers;
  return selectIndexed(
    markers.table,
    [
      lookup(() => markers.byTarget, target),
      lookup(() => markers.byCategory, category),
      lookup(() => markers.byDocument, document),
    ],
    (marker, position) =>
      (target === undefined || marker.affects.some((id) => isWanted(id, target))) &&
      (category === undefined || isWanted(marker.category, category)) &&
      (document === undefined || isWanted(documentIdAt(markers.table, position), document)),
  );
}
