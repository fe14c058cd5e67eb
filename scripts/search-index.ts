/**
 * Build step after TypeDoc: writes the index of the site search of guides and data (docs/site/assets/), from the
 * rendered guide pages and the validated data. Fails when a record's reading view is not in the site.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writtenSearchIndex } from "../src/site/search/search-index.js";

const SITE = "docs/site";
const { file, script, entries } = writtenSearchIndex(SITE, "data");
for (const entry of entries) {
  const page = entry.id.replace(/#.*/, "");
  if (!existsSync(join(SITE, page))) throw new Error(`search entry ${entry.id}: ${page} is not in the site`);
}
writeFileSync(join(SITE, file), script);
console.log(`search index: ${entries.length} guide sections and records`);
