import { readDataDirectory } from "../../src/load/read-data-directory.js";
import { ARTICLE_ID, DATA_DIRECTORY, type JsonRecord } from "./data-copy.js";

/**
 * The shipped article as the loader reads it from `data/` (its registry referents filled in), found by its id, so
 * that the tests that edit copies of it hold whatever else `data/` holds.
 */
export const articleInput: JsonRecord = (() => {
  const inputs = readDataDirectory(DATA_DIRECTORY).inputs as JsonRecord[];
  const found = inputs.find((input) => input.document?.id === ARTICLE_ID);
  if (found === undefined) throw new Error(`data/ has no document "${ARTICLE_ID}"`);
  return found;
})();
