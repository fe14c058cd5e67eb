import type { UncertaintyCategory } from "../../schema/uncertainty-marker.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { HedgeableId, UncertaintyMarkerRecord } from "../typed-records.js";
import { lookup, select } from "./select.js";

/** The filters of `corpus.uncertainty()`; every filter that is set must match. */
export interface UncertaintyFilter<Ids extends IdTypes = StringIds> {
  /** Only markers that affect this claim, quote or temporal expression. */
  readonly target?: HedgeableId<Ids>;
  /** Only markers of this category. */
  readonly category?: UncertaintyCategory;
  /** Only markers from this document. */
  readonly document?: Ids["document"];
}

/**
 * The uncertainty markers that pass the filter, in corpus order.
 *
 * @param indexes - The corpus indexes.
 * @param filter - The filters.
 * @returns The markers, frozen.
 */
export function findMarkers(indexes: CorpusIndexes, filter: UncertaintyFilter): readonly UncertaintyMarkerRecord[] {
  const markers = indexes.markers;
  return select(
    markers.table,
    [
      lookup(() => markers.byTarget, filter.target),
      lookup(() => markers.byCategory, filter.category),
      lookup(() => markers.byDocument, filter.document),
    ],
    (marker, position) =>
      (filter.target === undefined || marker.affects.includes(filter.target)) &&
      (filter.category === undefined || marker.category === filter.category) &&
      (filter.document === undefined || documentIdAt(markers.table, position) === filter.document),
  );
}
