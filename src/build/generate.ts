import { join } from "node:path";
import { dateBounds } from "../dates/date-bounds.js";
import { jsonText } from "../formats/json-text.js";
import { SCHEMA_MODEL } from "../model/schema-model.js";
import { validateDirectory } from "../pipeline/validate-directory.js";
import { formatIssue } from "../shared/validation-issue.js";
import { ARTICLES_PAGE_FILE, articlesPage, GENERATED_DOCS_FOLDER, readingViewLink } from "../site/articles-page.js";
import { HOME_PAGE_FILE, homePageFromReadme } from "../site/home-page.js";
import { readingViewPage } from "../site/reading-view/reading-view-page.js";
import { bundledSearchClient, SEARCH_CLIENT_FILE } from "../site/search/bundle-search-client.js";
import { DATA_CATALOGUE_FILE, dataCatalogue } from "./data-catalogue.js";
import {
  dataModelModule,
  SHIPPED_DATA_FILE,
  shippedDataFile,
  shippedDataModule,
  shippedIdsModule,
  vocabulariesModule,
} from "./generated-modules.js";
import { JSON_SCHEMA_FOLDER, jsonSchemas } from "./json-schemas.js";
import { recordTypesModule } from "./record-types-module.js";

/** The folder of the generated TypeScript modules. */
export const GENERATED_FOLDER = join("src", "generated");

/**
 * Everything the build generates from the data directory and the schemas, as file path → content: the JSON
 * Schemas, the typed corpus modules, and the documentation's data catalogue, articles page
 * (timeline and claim graph of each document) and reading views.
 *
 * @param dataDirectory - The data directory (`data`).
 * @returns A map from file path to content.
 * @throws An error listing every issue when the data is invalid.
 */
export function generatedFiles(dataDirectory: string): Map<string, string> {
  const { documents, issues } = validateDirectory(dataDirectory);
  if (issues.length > 0) throw new Error(`the data is invalid:\n${issues.map(formatIssue).join("\n")}`);
  const files = new Map<string, string>();
  for (const [name, schema] of jsonSchemas()) files.set(join(JSON_SCHEMA_FOLDER, name), jsonText(schema));
  files.set(join(GENERATED_FOLDER, "shipped-ids.ts"), shippedIdsModule(documents, SCHEMA_MODEL));
  files.set(join(GENERATED_FOLDER, "data-model.ts"), dataModelModule(SCHEMA_MODEL));
  const recordKinds = new Set(SCHEMA_MODEL.kinds.filter((kind) => kind.collection).map((kind) => kind.kind));
  files.set(join(GENERATED_FOLDER, "record-types.ts"), recordTypesModule(recordKinds));
  files.set(join(GENERATED_FOLDER, "shipped-data.ts"), shippedDataModule());
  files.set(join(GENERATED_FOLDER, SHIPPED_DATA_FILE), shippedDataFile(documents, dateBounds(documents)));
  files.set(join(GENERATED_FOLDER, "vocabularies.ts"), vocabulariesModule());
  files.set(DATA_CATALOGUE_FILE, dataCatalogue(documents));
  files.set(ARTICLES_PAGE_FILE, articlesPage(documents));
  files.set(HOME_PAGE_FILE, homePageFromReadme(documents));
  files.set(SEARCH_CLIENT_FILE, bundledSearchClient());
  for (const document of documents) {
    files.set(join(GENERATED_DOCS_FOLDER, readingViewLink(document.document.id)), readingViewPage(document));
  }
  return files;
}
