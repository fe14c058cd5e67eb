import { ENTITY_KINDS, QUOTE_KINDS, TEMPORAL_TYPES, UNCERTAINTY_CATEGORIES } from "../../generated/vocabularies.js";
import { CERTAINTY_LEVELS, FACTUALITY_VIEWS, POLARITIES } from "../factuality-scale.js";
import type { IdTypes } from "../id-types.js";

/**
 * What one key of a query's filter accepts. `id`: an id, or an array of ids meaning "any of them". `choice`: one of
 * `values` (or, when `many`, an array of them, meaning "any of them"). `date`: a `Date` or an ISO 8601 string.
 * `text`: any string.
 */
export type FilterField = { readonly help: string } & (
  | {
      readonly type: "id";
      /** The kinds of record whose ids the field takes (`author` for the article's own voice). */
      readonly of: readonly (IdKind | "author")[];
    }
  | { readonly type: "choice"; readonly values: readonly string[]; readonly many: boolean }
  | { readonly type: "date" }
  | { readonly type: "text" }
);

/** The date query modes: intervals that share an instant with the range, or that lie inside it. */
export const DATE_MATCHES = ["overlaps", "within"] as const;

/** How `dates({ from, to })` compares an expression's interval with the range. */
export type DateMatch = (typeof DATE_MATCHES)[number];

/** A kind of record an id filter refers to: a key of {@link IdTypes}. */
export type IdKind = keyof IdTypes;

const id = (of: readonly (IdKind | "author")[], help: string): FilterField => ({ type: "id", of, help });
const anyOf = (values: readonly string[], help: string): FilterField => ({ type: "choice", values, many: true, help });
const oneOf = (values: readonly string[], help: string): FilterField => ({ type: "choice", values, many: false, help });
const date = (help: string): FilterField => ({ type: "date", help });

/**
 * The filter keys of every query method and what each accepts: the one definition that both the JavaScript API
 * (which throws a `TypeError` or `RangeError` for anything else) and `newsfacts query` (whose options these are, in
 * kebab case) check filters against. The closed vocabularies come from the data model's.
 */
export const QUERY_FILTERS = {
  entities: {
    kind: anyOf(ENTITY_KINDS, "Only entities of this kind."),
    name: {
      type: "text",
      help: "Only entities whose name or an alias matches, best match first: exact, then whole words, then a prefix.",
    },
    document: id(["document"], "Only entities this document mentions (a document id)."),
  },
  quotes: {
    speaker: id(["entity"], "Only quotes by this speaker (an entity id)."),
    kind: anyOf(QUOTE_KINDS, "Only quotes of this kind."),
    about: id(["entity"], "Only quotes about this entity (an entity id)."),
    document: id(["document"], "Only quotes from this document (a document id)."),
  },
  claims: {
    claimant: id(["entity", "author"], 'Only claims by this entity, or by the article itself ("author").'),
    about: id(["entity"], "Only claims about this entity (an entity id)."),
    minCertainty: oneOf(CERTAINTY_LEVELS, "Only claims at least this certain (CT > PR > PS > U), from the view."),
    maxCertainty: oneOf(CERTAINTY_LEVELS, "Only claims at most this certain (CT > PR > PS > U), from the view."),
    polarity: oneOf(POLARITIES, "Only claims of this polarity, from the view."),
    view: oneOf(FACTUALITY_VIEWS, "Whose view the certainty and polarity filters read (default claimant)."),
    relatedTo: id(["claim"], "Only claims related to this claim (a claim id)."),
    document: id(["document"], "Only claims from this document (a document id)."),
  },
  dates: {
    from: date("Only dates that may fall on or after this ISO date (2021, 2021-09, 2021-09-01)."),
    to: date("Only dates that may fall on or before this ISO date."),
    match: oneOf(DATE_MATCHES, "overlaps (default): dates that share an instant with the range; within: inside it."),
    type: anyOf(TEMPORAL_TYPES, "Only expressions of this TIMEX3 type."),
    document: id(["document"], "Only expressions from this document (a document id)."),
  },
  uncertainty: {
    target: id(
      ["claim", "quote", "temporalExpression"],
      "Only markers that affect this claim, quote or temporal expression (an id).",
    ),
    category: anyOf(UNCERTAINTY_CATEGORIES, "Only markers of this category."),
    document: id(["document"], "Only markers from this document (a document id)."),
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, FilterField>>>>;

/** A query method of the corpus that takes a filter. */
export type QueryName = keyof typeof QUERY_FILTERS;

/** A filter value that may be one value or an array of them, meaning "any of them". */
export type OneOrMany<Value> = Value | readonly Value[];
