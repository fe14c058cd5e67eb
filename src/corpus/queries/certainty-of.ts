import type { PublicationDate } from "../../generated/record-types.js";
import type { ShippedIds } from "../../generated/shipped-ids.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import type { CorpusIndexes } from "../corpus-indexes.js";
import type { IdTypes, StringIds } from "../id-types.js";
import type { RecordKind } from "../indexes/record-index.js";
import type { ClaimRecord, QuoteRecord, TemporalExpressionRecord, UncertaintyMarkerRecord } from "../typed-records.js";
import { findMarkers } from "./uncertainty.js";

/** The kinds of record `certaintyOf` answers for. */
const HEDGEABLE_KINDS: readonly RecordKind[] = ["claim", "quote", "temporalExpression", "publicationDate"];

/** How certain a record is: its own certainty values and the uncertainty markers that affect it. */
export type RecordCertainty<Ids extends IdTypes = ShippedIds> =
  | {
      readonly kind: "claim";
      readonly record: ClaimRecord<Ids>;
      /** The FactBank factuality from the claimant's and from the author's view. */
      readonly factuality: ClaimRecord<Ids>["factuality"];
      readonly markers: readonly UncertaintyMarkerRecord<Ids>[];
    }
  | {
      readonly kind: "quote";
      readonly record: QuoteRecord<Ids>;
      readonly markers: readonly UncertaintyMarkerRecord<Ids>[];
    }
  | {
      readonly kind: "temporalExpression";
      readonly record: TemporalExpressionRecord<Ids>;
      /** How sure the resolution of the value is, from 0 to 1. */
      readonly certainty: number;
      readonly markers: readonly UncertaintyMarkerRecord<Ids>[];
    }
  | {
      readonly kind: "publicationDate";
      readonly record: DeepReadonly<PublicationDate>;
      /** How sure the publication date is, from 0 to 1 (below 1 when inferred). */
      readonly certainty: number;
      /** Always empty: markers hedge what the text says, and the publication date is not in the text. */
      readonly markers: readonly UncertaintyMarkerRecord<Ids>[];
    };

/**
 * How certain a claim, quote, temporal expression or publication date is.
 *
 * @param indexes - The corpus indexes.
 * @param id - The record's id.
 * @returns Its certainty, or undefined for an unknown id or a record of another kind.
 */
export function certaintyOf(indexes: CorpusIndexes, id: string): RecordCertainty<StringIds> | undefined {
  const located = indexes.records.find(id, HEDGEABLE_KINDS);
  if (located === undefined) return undefined;
  const markers = findMarkers(indexes, { target: id });
  switch (located.kind) {
    case "claim":
      return Object.freeze({ kind: "claim", record: located.record, factuality: located.record.factuality, markers });
    case "quote":
      return Object.freeze({ kind: "quote", record: located.record, markers });
    case "temporalExpression":
    case "publicationDate":
      return Object.freeze({
        kind: located.kind,
        record: located.record,
        certainty: located.record.certainty,
        markers,
      }) as RecordCertainty<StringIds>;
    default:
      return undefined;
  }
}
