import { z } from "zod";
import { DOCUMENT_FILE, RECORD_FILES } from "../schema/data-files.js";

/** The folder, relative to the package root, that holds the generated JSON Schemas. */
export const JSON_SCHEMA_FOLDER = "schema";

/** The JSON Schema file name for a data file name: `quotes.json` → `quotes.schema.json`. */
export function jsonSchemaFileName(dataFile: string): string {
  return dataFile.replace(/\.json$/, ".schema.json");
}

/**
 * The JSON Schemas of every data file, generated from the Zod schemas (`z.toJSONSchema`), keyed by file name.
 * Record kinds appear once each under `$defs`, with the field descriptions of the Zod schemas.
 *
 * @returns A map from schema file name to JSON Schema.
 */
export function jsonSchemas(): Map<string, object> {
  const files = [DOCUMENT_FILE, ...Object.values(RECORD_FILES)];
  return new Map(
    files.map(({ file, schema }) => [jsonSchemaFileName(file), z.toJSONSchema(schema, { target: "draft-2020-12" })]),
  );
}
