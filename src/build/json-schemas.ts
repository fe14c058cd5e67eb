import { z } from "zod";
import { DOCUMENT_FILE, RECORD_FILES, REGISTRY_FILE } from "../schema/data-files.js";
import { DocumentSchema } from "../schema/document.js";
import { MODEL_META_KEYS } from "../schema/model-meta.js";
import { EntityMentionsSchema, RegistryEntitySchema } from "../schema/registry-entity.js";

/** The folder, relative to the package root, that holds the generated JSON Schemas. */
export const JSON_SCHEMA_FOLDER = "schema";

/** The sub-folder of {@link JSON_SCHEMA_FOLDER} that holds the record-level JSON Schemas. */
export const RECORD_SCHEMA_FOLDER = "records";

/** The record schemas: the document record, the record of every record file, and the two forms of the registry. */
const RECORD_SCHEMAS: readonly z.ZodType[] = [
  DocumentSchema,
  ...Object.values(RECORD_FILES).map(({ record }) => record),
  RegistryEntitySchema,
  EntityMentionsSchema,
];

/**
 * The JSON Schema file name for a data file name: `quotes.json` → `quotes.schema.json`.
 *
 * @param dataFile - A data file name.
 * @returns The schema file name.
 *
 * @example
 * jsonSchemaFileName("quotes.json")
 * //=> "quotes.schema.json"
 */
export function jsonSchemaFileName(dataFile: string): string {
  return dataFile.replace(/\.json$/, ".schema.json");
}

/**
 * The record-level JSON Schema file path for a Zod schema, from its `meta` id in kebab case.
 *
 * @param schema - A record schema with a `meta({ id })`, e.g. `TemporalExpressionSchema`.
 * @returns The path under the schema folder.
 *
 * @example
 * recordSchemaPath(TemporalExpressionSchema)
 * //=> "records/temporal-expression.schema.json"
 */
export function recordSchemaPath(schema: z.ZodType): string {
  const id = schema.meta()?.id;
  if (typeof id !== "string") throw new Error("a record schema needs a meta id");
  const kebab = id.replace(/(?<=[a-z0-9])([A-Z])/g, "-$1").toLowerCase();
  return `${RECORD_SCHEMA_FOLDER}/${kebab}.schema.json`;
}

/**
 * A Zod schema as a draft 2020-12 JSON Schema, with the descriptions of the Zod schemas and without the data model's
 * metadata (`refersTo`, `mainSpan`, ...), which is not JSON Schema.
 */
function toJsonSchema(schema: z.ZodType): object {
  return z.toJSONSchema(schema, {
    target: "draft-2020-12",
    override({ jsonSchema }) {
      for (const key of MODEL_META_KEYS) delete (jsonSchema as Record<string, unknown>)[key];
    },
  });
}

/**
 * The JSON Schemas generated from the Zod schemas (`z.toJSONSchema`), keyed by path under the schema folder:
 * one per data file (`quotes.schema.json`, what the data files' `$schema` points to; `registry-entity.schema.json`
 * for the files of the entity registry) and one per record kind
 * (`records/quote.schema.json`, for one record, e.g. a line of an export). Record kinds appear under `$defs`, with
 * the field descriptions of the Zod schemas.
 *
 * @returns A map from schema file path (with `/` separators) to JSON Schema.
 *
 * @example
 * [...jsonSchemas().keys()].filter((path) => path.startsWith("records/")).length
 * //=> 9
 */
export function jsonSchemas(): Map<string, object> {
  const files = [DOCUMENT_FILE, ...Object.values(RECORD_FILES), REGISTRY_FILE];
  return new Map([
    ...files.map(({ file, schema }) => [jsonSchemaFileName(file), toJsonSchema(schema)] as const),
    ...RECORD_SCHEMAS.map((schema) => [recordSchemaPath(schema), toJsonSchema(schema)] as const),
  ]);
}
