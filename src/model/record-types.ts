import type { z } from "zod";
import type { RecordKindName } from "../schema/record-kinds.js";
import type { DeepReadonly } from "../shared/deep-readonly.js";
import type { IdOf, IdTypes } from "./id-types.js";

export type { IdOf, IdTypes } from "./id-types.js";

/** The kinds of record a reference field (or a list or optional of one) may refer to. */
export type TargetsOf<Field> =
  Field extends z.ZodOptional<infer Inner>
    ? TargetsOf<Inner>
    : Field extends z.ZodArray<infer Element>
      ? TargetsOf<Element>
      : Field extends { readonly "~refersTo"?: infer Targets extends readonly RecordKindName[] }
        ? Targets[number]
        : never;

/**
 * The output type of a schema with every reference field (`referenceTo([...])`) typed as the id of its target kinds:
 * the same walk over the schema as `deriveModel`, at the type level.
 */
export type Typed<Schema, Ids extends IdTypes> = "~refersTo" extends keyof Schema
  ? Schema extends { readonly "~refersTo"?: infer Targets extends readonly RecordKindName[] }
    ?
        | IdOf<Ids, Targets[number]>
        | (Schema extends { readonly "~alsoAccepts"?: infer Also extends string } ? Also : never)
    : never
  : Schema extends z.ZodOptional<infer Inner>
    ? Typed<Inner, Ids> | undefined
    : Schema extends z.ZodArray<infer Element>
      ? Typed<Element, Ids>[]
      : Schema extends z.ZodObject<infer Shape>
        ? { [Key in keyof Shape as Shape[Key] extends z.ZodOptional ? never : Key]: Typed<Shape[Key], Ids> } & {
            [Key in keyof Shape as Shape[Key] extends z.ZodOptional ? Key : never]?: Typed<Shape[Key], Ids>;
          }
        : z.output<Schema>;

/**
 * A record as the corpus hands it out: deeply read-only, its id typed as its kind's and each reference as the id of
 * the kinds its schema says it refers to.
 *
 * @typeParam Schema - The record's Zod schema, e.g. `typeof QuoteSchema`.
 * @typeParam Kind - The record's kind, e.g. `"quote"`.
 * @typeParam Ids - The id types of the corpus.
 */
export type RecordOf<Schema extends z.ZodObject, Kind extends RecordKindName, Ids extends IdTypes> = DeepReadonly<
  Omit<Typed<Schema, Ids>, "id"> & { id: IdOf<Ids, Kind> }
>;
