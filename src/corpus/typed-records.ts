import type {
  ClaimRecord,
  EntityRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../generated/record-types.js";
import type { ShippedIds } from "../generated/shipped-ids.js";
import type { IdTypes } from "./id-types.js";

// The record types are written out from the schemas by `npm run generate`, so that they need no zod.
export type {
  ClaimRecord,
  EntityRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../generated/record-types.js";

/** An id of a record that a temporal expression can date (its `dates`): an event entity, a quote or a claim. */
export type DatableId<Ids extends IdTypes = ShippedIds> = TemporalExpressionRecord<Ids>["dates"][number];

/** An id of a record that an uncertainty marker can affect (its `affects`): a claim, a quote or a temporal expression. */
export type HedgeableId<Ids extends IdTypes = ShippedIds> = UncertaintyMarkerRecord<Ids>["affects"][number];

/** Any record that rests on the text: what `context` and `sentenceOf` accept. */
export type AnyRecord<Ids extends IdTypes = ShippedIds> =
  | EntityRecord<Ids>
  | QuoteRecord<Ids>
  | ClaimRecord<Ids>
  | TemporalExpressionRecord<Ids>
  | TemporalLinkRecord<Ids>
  | UncertaintyMarkerRecord<Ids>;
