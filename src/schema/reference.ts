import type { z } from "zod";
import { RecordIdSchema } from "./ids.js";
import "./model-meta.js";
import type { RecordKindName } from "./record-kinds.js";

/**
 * The schema of a reference: a record id with `refersTo` (and `alsoAccepts`) in its metadata. The two type-only
 * properties carry the same lists to the type level, where `RecordOf` turns the field into the typed id of its
 * targets; they do not exist at run time.
 */
export type ReferenceSchema<
  Targets extends readonly RecordKindName[],
  Also extends string = never,
> = typeof RecordIdSchema & {
  readonly "~refersTo"?: Targets;
  readonly "~alsoAccepts"?: Also;
};

/**
 * A field that holds the id of another record: the one way the schemas say what refers to what. The validator checks
 * that the id names a record of one of the target kinds in the same document, and the corpus types it as the id of
 * those kinds.
 *
 * @param refersTo - The kinds of record it may refer to.
 * @param description - What the field means, for the JSON Schemas and the documentation.
 * @param alsoAccepts - Values that are not references, accepted as they are (the claimant `author`).
 * @returns The schema.
 *
 * @example
 * referenceTo(["entity"], "Entity id of the speaker.").meta()?.refersTo
 * //=> ["entity"]
 */
export function referenceTo<const Targets extends readonly RecordKindName[], const Also extends string = never>(
  refersTo: Targets,
  description: string,
  alsoAccepts?: readonly Also[],
): ReferenceSchema<Targets, Also> {
  const meta: z.GlobalMeta = alsoAccepts ? { refersTo, alsoAccepts, description } : { refersTo, description };
  return RecordIdSchema.meta(meta) as ReferenceSchema<Targets, Also>;
}
