import type { Claim, ClaimRelation } from "../schema/claim.js";
import type { Entity } from "../schema/entity.js";
import type { AUTHOR } from "../schema/ids.js";
import type { Quote } from "../schema/quote.js";
import type { TemporalExpression } from "../schema/temporal-expression.js";
import type { TemporalLink } from "../schema/temporal-link.js";
import type { UncertaintyMarker } from "../schema/uncertainty-marker.js";
import type { DeepReadonly } from "./deep-readonly.js";
import type { IdTypes, StringIds } from "./id-types.js";

/** A deeply read-only `Record` whose fields named in `Overrides` take their types from it: how ids get typed. */
export type WithIds<Record, Overrides> = DeepReadonly<Omit<Record, keyof Overrides> & Overrides>;

/** An id of a record that a temporal expression can date: an event entity, a quote or a claim. */
export type DatableId<Ids extends IdTypes> = Ids["entity"] | Ids["quote"] | Ids["claim"];

/** An id of a record that an uncertainty marker can affect: a claim, a quote or a temporal expression. */
export type HedgeableId<Ids extends IdTypes> = Ids["claim"] | Ids["quote"] | Ids["temporalExpression"];

/**
 * An entity as the corpus hands it out: one record per id across the corpus, deeply read-only, its ids typed by the
 * corpus; its mentions and roles are those of every document, each with the id of its document.
 */
export type EntityRecord<Ids extends IdTypes = StringIds> = WithIds<
  Entity,
  {
    id: Ids["entity"];
    mentions: (Entity["mentions"][number] & { document: Ids["document"] })[];
    roles?:
      | (Omit<NonNullable<Entity["roles"]>[number], "of"> & {
          of?: Ids["entity"] | undefined;
          document: Ids["document"];
        })[]
      | undefined;
    members?: Ids["entity"][] | undefined;
  }
>;

/** A quote as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type QuoteRecord<Ids extends IdTypes = StringIds> = WithIds<
  Quote,
  {
    id: Ids["quote"];
    speaker: Ids["entity"];
    about: Ids["entity"][];
    saidAt?: Ids["temporalExpression"] | undefined;
    reportedIn?: Ids["quote"] | undefined;
  }
>;

/** A claim as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type ClaimRecord<Ids extends IdTypes = StringIds> = WithIds<
  Claim,
  {
    id: Ids["claim"];
    claimant: Ids["entity"] | typeof AUTHOR;
    about: Ids["entity"][];
    relations: (Omit<ClaimRelation, "target"> & { target: Ids["claim"] })[];
    quote?: Ids["quote"] | undefined;
  }
>;

/** A temporal expression as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type TemporalExpressionRecord<Ids extends IdTypes = StringIds> = WithIds<
  TemporalExpression,
  { id: Ids["temporalExpression"]; anchor?: Ids["temporalExpression"] | undefined; dates: DatableId<Ids>[] }
>;

/** A temporal link as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type TemporalLinkRecord<Ids extends IdTypes = StringIds> = WithIds<
  TemporalLink,
  {
    id: Ids["temporalLink"];
    source: DatableId<Ids> | Ids["temporalExpression"];
    target: DatableId<Ids> | Ids["temporalExpression"];
  }
>;

/** An uncertainty marker as the corpus hands it out: deeply read-only, its ids typed by the corpus. */
export type UncertaintyMarkerRecord<Ids extends IdTypes = StringIds> = WithIds<
  UncertaintyMarker,
  { id: Ids["uncertaintyMarker"]; affects: HedgeableId<Ids>[] }
>;

/** Any record that rests on the text: what `context` and `sentenceOf` accept. */
export type AnyRecord<Ids extends IdTypes = StringIds> =
  | EntityRecord<Ids>
  | QuoteRecord<Ids>
  | ClaimRecord<Ids>
  | TemporalExpressionRecord<Ids>
  | TemporalLinkRecord<Ids>
  | UncertaintyMarkerRecord<Ids>;
