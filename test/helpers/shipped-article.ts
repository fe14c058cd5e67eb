import { Corpus } from "../../src/corpus/corpus.js";
import { readShippedData } from "../../src/generated/shipped-data.js";
import type { ShippedIds } from "../../src/generated/shipped-ids.js";
import { ARTICLE_ID } from "./data-copy.js";

/**
 * A corpus of the shipped article alone, with the shipped id types: what the tests of the queries and the
 * documentation examples read, so that their expected values hold whatever else `data/` holds.
 */
export const corpus: Corpus<ShippedIds> = (() => {
  const { documents, dateBounds } = readShippedData();
  const found = documents.find((document) => document.document.id === ARTICLE_ID);
  if (!found) throw new Error(`the shipped data has no document "${ARTICLE_ID}"`);
  return new Corpus<ShippedIds>([found], dateBounds);
})();

/** The shipped article, as the corpus of it holds it (deeply frozen). */
export const article = corpus.documents[0] as (typeof corpus.documents)[number];
