/**
 * newsfacts: typed, validated, citation-grade records of news articles (entities, quotes, claims, dates and
 * uncertainty markers) with query helpers. The main entry loads no schema library and no EDTF parser: the shipped
 * data was validated and its dates parsed at build time.
 *
 * @packageDocumentation
 */
import { Corpus } from "../corpus/corpus.js";
import { SHIPPED_DATE_BOUNDS, SHIPPED_DOCUMENTS } from "../generated/shipped-data.js";
import type { ShippedIds } from "../generated/shipped-ids.js";

export { Corpus } from "../corpus/corpus.js";
export type { DeepReadonly } from "../corpus/deep-readonly.js";
export type { AnyRecordId, IdTypes, StringIds } from "../corpus/id-types.js";
export type { DateBounds } from "../dates/date-bounds.js";
export type { ShippedIds } from "../generated/shipped-ids.js";
export type * from "../schema/types.js";

/**
 * The shipped corpus: every document of the package, validated at build time, deeply frozen, with literal id types.
 *
 * @example
 * corpus.documents.length
 * //=> 1
 */
export const corpus: Corpus<ShippedIds> = new Corpus<ShippedIds>(SHIPPED_DOCUMENTS, SHIPPED_DATE_BOUNDS);
