/**
 * The kinds of record, each with the id type its ids belong to: the names that `recordKind` and `refersTo` in the
 * schemas' metadata use. A publication date is a record of its own kind whose ids are typed as temporal expression
 * ids, so that a typed id of a date may name either. In a module of its own so that using it loads no zod.
 */
export const RECORD_KIND_ID_TYPES = Object.freeze({
  entity: "entity",
  quote: "quote",
  claim: "claim",
  temporalExpression: "temporalExpression",
  temporalLink: "temporalLink",
  uncertaintyMarker: "uncertaintyMarker",
  publicationDate: "temporalExpression",
} as const);

/** A kind of record: `entity`, `quote`, `claim`, `temporalExpression`, ... */
export type RecordKindName = keyof typeof RECORD_KIND_ID_TYPES;

/** The name of an id type of a corpus, e.g. `entity` (see `IdTypes`). */
export type IdTypeName = (typeof RECORD_KIND_ID_TYPES)[RecordKindName];
