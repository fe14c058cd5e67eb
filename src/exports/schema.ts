/**
 * `newsfacts/schema`: the Zod schemas of every record kind (the single source of truth of the data model) and the
 * types of what they parse to. Needs `zod` (a peer dependency).
 *
 * @packageDocumentation
 */

// The types written out from the schemas by `npm run generate`, in place of the equal types Zod infers (the star
// export below leaves out the names exported here): interfaces with a description on every field, which the
// documentation shows field by field and which need no zod to read.
export type {
  AnnotatedDocument,
  Claim,
  ClaimRelation,
  Document,
  Entity,
  EntityKind,
  EntityMentions,
  Factuality,
  FactualityReading,
  Mention,
  PublicationConstraint,
  PublicationDate,
  Quantity,
  Quote,
  QuoteKind,
  RegistryEntity,
  ResolutionRule,
  Segment,
  SegmentKind,
  Span,
  TemporalExpression,
  TemporalLink,
  UncertaintyCategory,
  UncertaintyMarker,
  Violation,
} from "../generated/record-types.js";
export type { IdOf, IdTypes, RecordOf, TargetsOf, Typed } from "../model/record-types.js";
export * from "../schema/index.js";
