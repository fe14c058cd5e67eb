/**
 * newsfacts: typed, validated, citation-grade records of news articles (entities, quotes, claims, dates and
 * uncertainty markers) with query helpers. The main entry loads no schema library and no EDTF parser: the shipped
 * data was validated and its dates parsed at build time.
 *
 * @packageDocumentation
 */
export { Corpus } from "../corpus/corpus.js";
export type { CorpusContents } from "../corpus/corpus-indexes.js";
export {
  CERTAINTY_LEVELS,
  type CertaintyLevel,
  FACTUALITY_VIEWS,
  POLARITIES,
  type Polarity,
} from "../corpus/factuality-scale.js";
export type { AnyRecordId, IdTypes, StringIds } from "../corpus/id-types.js";
export type { EntityMention } from "../corpus/indexes/mention-index.js";
export type { RecordCertainty } from "../corpus/queries/certainty-of.js";
export type { ClaimFilter, FactualityView } from "../corpus/queries/claims.js";
export type { ClaimConflict } from "../corpus/queries/conflicts.js";
export type { DateInput } from "../corpus/queries/date-range.js";
export type { DateFilter } from "../corpus/queries/dates.js";
export type { EntityFilter, EntityNameMatch, NameMatchKind } from "../corpus/queries/entities.js";
export { DATE_MATCHES, type DateMatch, type OneOrMany } from "../corpus/queries/filter-fields.js";
export type { QuoteFilter } from "../corpus/queries/quotes.js";
export type { ContextOptions, TextContext, TextRange } from "../corpus/queries/text.js";
export type { DatedRecord, TimelineEntry } from "../corpus/queries/timeline.js";
export type { UncertaintyFilter } from "../corpus/queries/uncertainty.js";
export { corpus } from "../corpus/shipped-corpus.js";
export type {
  AnyRecord,
  ClaimRecord,
  DatableId,
  DocumentEntityRecord,
  EntityRecord,
  HedgeableId,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../corpus/typed-records.js";
export type { DateBounds } from "../dates/date-bounds.js";
export type * from "../generated/record-types.js";
export type { ShippedIds } from "../generated/shipped-ids.js";
export { ENTITY_KINDS, QUOTE_KINDS, TEMPORAL_TYPES, UNCERTAINTY_CATEGORIES } from "../generated/vocabularies.js";
export type { IdOf } from "../model/id-types.js";
export type { DeepReadonly, DeepReadonlyObject } from "../shared/deep-readonly.js";
