/** Every record type of the data model, inferred from the Zod schemas: import these with `import type`. */
export type { AnnotatedDocument } from "./annotated-document.js";
export type { Claim, ClaimRelation, Quantity } from "./claim.js";
export type { Document } from "./document.js";
export type { Entity, EntityKind, Mention } from "./entity.js";
export type { Factuality } from "./factuality.js";
export type { PublicationDate } from "./publication-date.js";
export type { Quote, QuoteKind } from "./quote.js";
export type { RegistryEntity } from "./registry-entity.js";
export type { Segment, SegmentKind } from "./segment.js";
export type { Span } from "./span.js";
export type { ResolutionRule, TemporalExpression } from "./temporal-expression.js";
export type { TemporalLink } from "./temporal-link.js";
export type { UncertaintyCategory, UncertaintyMarker } from "./uncertainty-marker.js";
