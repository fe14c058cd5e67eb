import type { IdTypeName, RECORD_KIND_ID_TYPES, RecordKindName } from "../schema/record-kinds.js";

/**
 * The id types of a corpus, per id type name. The shipped corpus narrows each to a union of literal ids generated
 * at build time, so a misspelt id fails to compile and editors complete ids; `createCorpus` uses plain strings.
 */
export type IdTypes = { readonly document: string } & { readonly [Name in IdTypeName]: string };

/**
 * The typed id of a record of the given kinds. Distributed over the kinds, so that it is a union of `Ids[...]` and
 * TypeScript sees that a corpus with literal ids is assignable to one with string ids.
 */
export type IdOf<Ids extends IdTypes, Kind extends RecordKindName> = Kind extends RecordKindName
  ? Ids[(typeof RECORD_KIND_ID_TYPES)[Kind]]
  : never;
