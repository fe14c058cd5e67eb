import type { z } from "zod";
import type { RecordKindName } from "./record-kinds.js";

/**
 * The metadata the data model is derived from (`src/model/`), declared on Zod's global metadata so that `.meta()`
 * type-checks it.
 */
declare module "zod" {
  interface GlobalMeta {
    /** On a record schema: the kind of record it is. */
    recordKind?: RecordKindName;
    /** On an entity schema: its ids name referents and may recur across documents (other ids are corpus-unique). */
    sharedAcrossDocuments?: boolean;
    /** On an id field (or a list of ids): the kinds of record it may refer to. */
    refersTo?: readonly RecordKindName[];
    /** On a reference field: values that are not references (the claimant `author`). */
    alsoAccepts?: readonly string[];
    /** On a span field, or a list of objects with one span: the span that stands for the record. */
    mainSpan?: boolean;
  }
}

/**
 * The metadata keys of the data model: the JSON Schema generator leaves them out, because validators in strict mode
 * (Ajv's default) reject keywords they do not know.
 */
export const MODEL_META_KEYS = [
  "recordKind",
  "sharedAcrossDocuments",
  "refersTo",
  "alsoAccepts",
  "mainSpan",
] as const satisfies readonly (keyof z.GlobalMeta)[];
