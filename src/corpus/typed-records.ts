import type {
  ClaimRecord,
  EntityRecord as DocumentEntityRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../generated/record-types.js";
import type { ShippedIds } from "../generated/shipped-ids.js";
import type { IdTypes } from "./id-types.js";

// The record types are written out from the schemas by `npm run generate`, so that they need no zod. The generated
// entity record is the one a document lists (`DocumentEntityRecord`); the corpus hands out one record per referent.
export type {
  ClaimRecord,
  EntityRecord as DocumentEntityRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../generated/record-types.js";

/**
 * An entity as the corpus hands it out: one record per id across the corpus, deeply read-only, its ids typed by the
 * corpus; its mentions and roles are those of every document, each with the id of its document.
 */
export type EntityRecord<Ids extends IdTypes = ShippedIds> = Omit<DocumentEntityRecord<Ids>, "mentions" | "roles"> & {
  readonly mentions: readonly (DocumentEntityRecord<Ids>["mentions"][number] & {
    readonly document: Ids["document"];
  })[];
  readonly roles?:
    | readonly (NonNullable<DocumentEntityRecord<Ids>["roles"]>[number] & { readonly document: Ids["document"] })[]
    | undefined;
};

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
