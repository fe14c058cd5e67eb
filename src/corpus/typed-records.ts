import type { IdOf, RecordOf, TargetsOf } from "../model/record-types.js";
import type { ClaimSchema } from "../schema/claim.js";
import type { EntitySchema } from "../schema/entity.js";
import type { QuoteSchema } from "../schema/quote.js";
import type { TemporalExpressionSchema } from "../schema/temporal-expression.js";
import type { TemporalLinkSchema } from "../schema/temporal-link.js";
import type { UncertaintyMarkerSchema } from "../schema/uncertainty-marker.js";
import type { DeepReadonly } from "./deep-readonly.js";
import type { IdTypes, StringIds } from "./id-types.js";

/** A deeply read-only `Record` whose fields named in `Overrides` take their types from it. */
export type WithIds<Record, Overrides> = DeepReadonly<Omit<Record, keyof Overrides> & Overrides>;

/**
 * An entity as the corpus hands it out: one record per id across the corpus, deeply read-only, its ids typed by the
 * corpus; its mentions and roles are those of every document, each with the id of its document.
 */
export type EntityRecord<Ids extends IdTypes = StringIds> = Omit<
  RecordOf<typeof EntitySchema, "entity", Ids>,
  "mentions" | "roles"
> & {
  readonly mentions: readonly (RecordOf<typeof EntitySchema, "entity", Ids>["mentions"][number] & {
    readonly document: Ids["document"];
  })[];
  readonly roles?:
    | readonly (NonNullable<RecordOf<typeof EntitySchema, "entity", Ids>["roles"]>[number] & {
        readonly document: Ids["document"];
      })[]
    | undefined;
};

/** A quote as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type QuoteRecord<Ids extends IdTypes = StringIds> = RecordOf<typeof QuoteSchema, "quote", Ids>;

/** A claim as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type ClaimRecord<Ids extends IdTypes = StringIds> = RecordOf<typeof ClaimSchema, "claim", Ids>;

/** A temporal expression as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type TemporalExpressionRecord<Ids extends IdTypes = StringIds> = RecordOf<
  typeof TemporalExpressionSchema,
  "temporalExpression",
  Ids
>;

/** A temporal link as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type TemporalLinkRecord<Ids extends IdTypes = StringIds> = RecordOf<
  typeof TemporalLinkSchema,
  "temporalLink",
  Ids
>;

/** An uncertainty marker as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type UncertaintyMarkerRecord<Ids extends IdTypes = StringIds> = RecordOf<
  typeof UncertaintyMarkerSchema,
  "uncertaintyMarker",
  Ids
>;

/** An id of a record that a temporal expression can date (its `dates`): an event entity, a quote or a claim. */
export type DatableId<Ids extends IdTypes> = IdOf<Ids, TargetsOf<(typeof TemporalExpressionSchema)["shape"]["dates"]>>;

/** An id of a record that an uncertainty marker can affect (its `affects`): a claim, a quote or a temporal expression. */
export type HedgeableId<Ids extends IdTypes> = IdOf<
  Ids,
  TargetsOf<(typeof UncertaintyMarkerSchema)["shape"]["affects"]>
>;

/** Any record that rests on the text: what `context` and `sentenceOf` accept. */
export type AnyRecord<Ids extends IdTypes = StringIds> =
  | EntityRecord<Ids>
  | QuoteRecord<Ids>
  | ClaimRecord<Ids>
  | TemporalExpressionRecord<Ids>
  | TemporalLinkRecord<Ids>
  | UncertaintyMarkerRecord<Ids>;
