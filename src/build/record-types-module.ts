import { z } from "zod";
import "../schema/model-meta.js";
import { AnnotatedDocumentSchema } from "../schema/annotated-document.js";
import { EntityKindSchema } from "../schema/entity.js";
import { FactualitySchema } from "../schema/factuality.js";
import { QuoteKindSchema } from "../schema/quote.js";
import { RECORD_KIND_ID_TYPES, type RecordKindName } from "../schema/record-kinds.js";
import { EntityMentionsSchema, RegistryEntitySchema } from "../schema/registry-entity.js";
import { SegmentKindSchema } from "../schema/segment.js";
import { UncertaintyCategorySchema } from "../schema/uncertainty-marker.js";

/**
 * The enumerations that get a type name of their own (the others are written out where they are used), by name.
 * Object schemas and unions are named by their `.meta({ id })`.
 */
const NAMED_ENUMS: ReadonlyMap<z.ZodType, string> = new Map<z.ZodType, string>([
  [EntityKindSchema, "EntityKind"],
  [QuoteKindSchema, "QuoteKind"],
  [SegmentKindSchema, "SegmentKind"],
  [UncertaintyCategorySchema, "UncertaintyCategory"],
  [FactualitySchema, "Factuality"],
]);

/** Whether a type is written for the plain data (mutable, as parsed) or for the corpus's read-only records. */
type Mode = "plain" | "record";

/** A named type of the module: an interface for an object schema, an alias for an enumeration or a union. */
interface NamedType {
  readonly name: string;
  readonly schema: z.ZodType;
  /** Whether it has a reference below it, so that it takes the corpus's id types as a parameter. */
  readonly typedIds: boolean;
}

/** The schema's `.meta()`, or the one of the schema it was copied from by `.meta()`. */
function metaOf(schema: z.ZodType): z.GlobalMeta {
  return schema.meta() ?? {};
}

/** The schema a named type is declared by: the schema itself or the one it is a `.meta()` copy of, with its name. */
function namedOrigin(schema: z.ZodType): { readonly name: string; readonly origin: z.ZodType } | undefined {
  for (let current: z.ZodType | undefined = schema; current !== undefined; current = current._zod.parent as never) {
    const name = NAMED_ENUMS.get(current) ?? current.meta()?.id;
    if (name !== undefined) return { name, origin: current };
  }
  return undefined;
}

/** A JSDoc comment, indented; nothing for no text. */
function docComment(text: string | undefined, indent: string): string {
  if (text === undefined) return "";
  return `${indent}/** ${text.replaceAll("*/", "*\\/")} */\n`;
}

/** Writes the types of the data model from the Zod schemas, walking them the way `deriveModel` does. */
class TypeWriter {
  readonly #named = new Map<string, NamedType>();
  readonly #order: NamedType[] = [];

  constructor(roots: readonly z.ZodType[]) {
    for (const root of roots) this.#collect(root);
  }

  /** Finds every named type below a schema, dependencies first. */
  #collect(schema: z.ZodType): boolean {
    const origin = namedOrigin(schema);
    const known = origin === undefined ? undefined : this.#named.get(origin.name);
    if (known !== undefined) return known.typedIds;
    let typedIds = metaOf(schema).refersTo !== undefined;
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodArray) {
      const inner = (schema instanceof z.ZodOptional ? schema.unwrap() : schema.element) as z.ZodType;
      typedIds = this.#collect(inner) || typedIds;
    } else if (schema instanceof z.ZodObject) {
      for (const field of Object.values(schema.shape)) typedIds = this.#collect(field as z.ZodType) || typedIds;
    } else if (schema instanceof z.ZodUnion) {
      for (const option of schema.options) typedIds = this.#collect(option as z.ZodType) || typedIds;
    }
    if (origin !== undefined) {
      const named = { name: origin.name, schema: origin.origin, typedIds };
      this.#named.set(origin.name, named);
      this.#order.push(named);
    }
    return typedIds;
  }

  /** The type of a reference: the ids of the kinds it refers to, and the values it also accepts. */
  #referenceType(meta: z.GlobalMeta): string {
    const idTypes = new Set((meta.refersTo ?? []).map((kind) => RECORD_KIND_ID_TYPES[kind]));
    const parts = [...idTypes].map((idType) => `Ids[${JSON.stringify(idType)}]`);
    for (const value of meta.alsoAccepts ?? []) parts.push(JSON.stringify(value));
    return parts.join(" | ");
  }

  /** A use of a named type: with the id types when it takes them, read-only in a record. */
  #namedUse(named: NamedType, mode: Mode): string {
    const use = named.typedIds ? `${named.name}<Ids>` : named.name;
    const isObject = named.schema instanceof z.ZodObject || named.schema instanceof z.ZodUnion;
    return mode === "record" && isObject ? `DeepReadonly<${use}>` : use;
  }

  /** The TypeScript type of a schema, in plain data or in a record. */
  typeOf(schema: z.ZodType, mode: Mode, reference?: z.GlobalMeta): string {
    const meta = metaOf(schema);
    const referenceMeta = meta.refersTo === undefined ? reference : meta;
    if (schema instanceof z.ZodOptional) return this.typeOf(schema.unwrap() as z.ZodType, mode, referenceMeta);
    if (schema instanceof z.ZodArray) {
      const element = this.typeOf(schema.element as z.ZodType, mode, referenceMeta);
      const wrapped = /^[\w<>[\]".]+$/.test(element) ? element : `(${element})`;
      return mode === "record" ? `readonly ${wrapped}[]` : `${wrapped}[]`;
    }
    if (referenceMeta !== undefined) return this.#referenceType(referenceMeta);
    const origin = namedOrigin(schema);
    const named = origin === undefined ? undefined : this.#named.get(origin.name);
    if (named !== undefined) return this.#namedUse(named, mode);
    return this.#structure(schema, mode, "");
  }

  /** The type of a schema written out (not by name). */
  #structure(schema: z.ZodType, mode: Mode, indent: string): string {
    if (schema instanceof z.ZodString) return "string";
    if (schema instanceof z.ZodNumber) return "number";
    if (schema instanceof z.ZodBoolean) return "boolean";
    if (schema instanceof z.ZodEnum) return schema.options.map((value) => JSON.stringify(value)).join(" | ");
    if (schema instanceof z.ZodLiteral) return [...schema.values].map((value) => JSON.stringify(value)).join(" | ");
    if (schema instanceof z.ZodUnion) {
      return schema.options.map((option) => this.typeOf(option as z.ZodType, mode)).join(" | ");
    }
    if (schema instanceof z.ZodObject) return `{\n${this.#fields(schema, mode, `${indent}  `)}${indent}}`;
    throw new Error(`no TypeScript type written for a ${schema._zod.def.type} schema`);
  }

  /** The fields of an object schema, each with its description. */
  #fields(schema: z.ZodObject, mode: Mode, indent: string, idType?: string): string {
    const readonly = mode === "record" ? "readonly " : "";
    return Object.entries(schema.shape)
      .map(([key, field]) => {
        const fieldSchema = field as z.ZodType;
        const optional = fieldSchema instanceof z.ZodOptional;
        const inner = optional ? (fieldSchema.unwrap() as z.ZodType) : fieldSchema;
        const description = metaOf(fieldSchema).description ?? metaOf(inner).description;
        let type =
          key === "id" && idType !== undefined
            ? `Ids[${JSON.stringify(idType)}]`
            : this.typeOf(field as z.ZodType, mode);
        if (optional) type = `${type} | undefined`;
        return `${docComment(description, indent)}${indent}${readonly}${key}${optional ? "?" : ""}: ${type};\n`;
      })
      .join("");
  }

  /** The declaration of a named type of the plain data. */
  #declaration(named: NamedType): string {
    const { name, schema, typedIds } = named;
    const parameters = typedIds ? "<Ids extends IdTypes = StringIds>" : "";
    const doc = docComment(metaOf(schema).description, "");
    if (schema instanceof z.ZodObject) {
      return `${doc}export interface ${name}${parameters} {\n${this.#fields(schema, "plain", "  ")}}\n`;
    }
    return `${doc}export type ${name}${parameters} = ${this.#structure(schema, "plain", "")};\n`;
  }

  /** The declaration of the read-only record type of a record kind, with its ids typed by the corpus. */
  #recordDeclaration(named: NamedType, kind: RecordKindName): string {
    const schema = named.schema as z.ZodObject;
    const description = metaOf(schema).description ?? "";
    const doc =
      `/**\n * ${description}\n *\n * As the corpus hands it out: deeply read-only, its id and references typed by the corpus ` +
      `(the shipped corpus's literal ids unless \`Ids\` says otherwise).\n */\n`;
    const fields = this.#fields(schema, "record", "  ", RECORD_KIND_ID_TYPES[kind]);
    return `${doc}export interface ${named.name}Record<Ids extends IdTypes = ShippedIds> {\n${fields}}\n`;
  }

  /** Every declaration: the plain data types, then the record types. */
  declarations(recordKinds: ReadonlySet<RecordKindName>): string[] {
    const plain = this.#order.map((named) => this.#declaration(named));
    const records = this.#order.flatMap((named) => {
      const kind = metaOf(named.schema).recordKind;
      return kind !== undefined && recordKinds.has(kind) ? [this.#recordDeclaration(named, kind)] : [];
    });
    return [...plain, ...records];
  }
}

/**
 * The source of `src/generated/record-types.ts`: the types of the data model written out from the Zod schemas as
 * plain interfaces, so that the main entry's declarations need no zod and the documentation shows every field with
 * its description (`newsfacts/schema` exports them in place of the types Zod infers, which equal them). The data
 * model's roots are an annotated document and the registry's two record shapes: a referent
 * (`data/entities/<id>.json`) and a document's mentions of one. Each type with references takes the corpus's id
 * types (`Quote<Ids>`, plain strings by default); each record kind of the corpus gets a read-only record type whose
 * ids default to the shipped ones (`QuoteRecord<Ids = ShippedIds>`). A type test checks that they equal the types
 * Zod infers.
 *
 * @param recordKinds - The record kinds that get a record type (the ones the corpus hands out as records).
 * @returns TypeScript source.
 */
export function recordTypesModule(recordKinds: ReadonlySet<RecordKindName>): string {
  const writer = new TypeWriter([AnnotatedDocumentSchema, RegistryEntitySchema, EntityMentionsSchema]);
  return `// Generated by \`npm run generate\` from the schemas: do not edit.
import type { DeepReadonly } from "../shared/deep-readonly.js";
import type { IdTypes, StringIds } from "../corpus/id-types.js";
import type { ShippedIds } from "./shipped-ids.js";

${writer.declarations(recordKinds).join("\n")}`;
}
