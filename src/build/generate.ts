import { join } from "node:path";
import { dateBounds } from "../dates/date-bounds.js";
import { validateDirectory } from "../load/validate-directory.js";
import { SCHEMA_MODEL } from "../model/schema-model.js";
import { formatIssue } from "../validate/validation-issue.js";
import { DATA_CATALOGUE_FILE, dataCatalogue } from "./data-catalogue.js";
import { FIELD_DESCRIPTIONS_FILE, fieldDescriptions } from "./field-descriptions.js";
import {
  dataModelModule,
  SHIPPED_DATA_FILE,
  shippedDataFile,
  shippedDataModule,
  shippedIdsModule,
  vocabulariesModule,
} from "./generated-modules.js";
import { JSON_SCHEMA_FOLDER, jsonSchemas } from "./json-schemas.js";

/** The folder of the generated TypeScript modules. */
export const GENERATED_FOLDER = join("src", "generated");

/**
 * Everything the build generates from the data directory and the schemas, as file path → content: the JSON
 * Schemas, the typed corpus modules, and the documentation's data catalogue and field descriptions.
 *
 * @param dataDirectory - The data directory (`data`).
 * @returns A map from file path to content.
 * @throws An error listing every issue when the data is invalid.
 */
export function generatedFiles(dataDirectory: string): Map<string, string> {
  const { documents, issues } = validateDirectory(dataDirectory);
  if (issues.length > 0) throw new Error(`the data is invalid:\n${issues.map(formatIssue).join("\n")}`);
  const files = new Map<string, string>();
  for (const [name, schema] of jsonSchemas())
    files.set(join(JSON_SCHEMA_FOLDER, name), `${JSON.stringify(schema, null, 2)}\n`);
  files.set(join(GENERATED_FOLDER, "shipped-ids.ts"), shippedIdsModule(documents, SCHEMA_MODEL));
  files.set(join(GENERATED_FOLDER, "data-model.ts"), dataModelModule(SCHEMA_MODEL));
  files.set(join(GENERATED_FOLDER, "shipped-data.ts"), shippedDataModule());
  files.set(join(GENERATED_FOLDER, SHIPPED_DATA_FILE), shippedDataFile(documents, dateBounds(documents)));
  files.set(join(GENERATED_FOLDER, "vocabularies.ts"), vocabulariesModule());
  files.set(DATA_CATALOGUE_FILE, dataCatalogue(documents));
  files.set(FIELD_DESCRIPTIONS_FILE, `${JSON.stringify(fieldDescriptions(), null, 2)}\n`);
  return files;
}
