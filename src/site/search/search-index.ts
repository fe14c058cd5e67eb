import MiniSearch from "minisearch";
import { validateDirectory } from "../../pipeline/validate-directory.js";
import { recordEntries, siteGuideEntries } from "./search-entries.js";
import { SEARCH_INDEX_FILE, SEARCH_INDEX_GLOBAL, SEARCH_OPTIONS, type SearchEntry } from "./search-options.js";

/** The folder of the site TypeDoc copies the reading views into (they are linked from the Articles page). */
export const READING_VIEW_SITE_FOLDER = "media";

/**
 * The index script of the site search: a MiniSearch index of the guide sections and the records, serialized into a
 * script that sets `window.newsfactsSearchIndex`.
 *
 * @param entries - What to index.
 * @returns The script's text.
 */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  const index = new MiniSearch<SearchEntry>(SEARCH_OPTIONS);
  index.addAll([...entries]);
  return `window.${SEARCH_INDEX_GLOBAL} = ${JSON.stringify(JSON.stringify(index))};\n`;
}

/**
 * Everything the search index step writes: the entries of the built site's guides and of the data's records, and
 * the index script.
 *
 * @param siteFolder - The built site (`docs/site`).
 * @param dataDirectory - The data directory (`data`).
 * @returns The index file (relative to the site), its script and the entries.
 * @throws When the data is invalid.
 */
export function writtenSearchIndex(
  siteFolder: string,
  dataDirectory: string,
): { file: string; script: string; entries: SearchEntry[] } {
  const { documents, issues } = validateDirectory(dataDirectory);
  if (issues.length > 0) throw new Error(`the data is invalid: ${issues.length} issues (run npm run validate)`);
  const entries = [...siteGuideEntries(siteFolder), ...recordEntries(documents, READING_VIEW_SITE_FOLDER)];
  return { file: SEARCH_INDEX_FILE, script: searchIndexScript(entries), entries };
}
