import { Corpus } from "../../src/corpus/corpus.js";
import { corpus as shippedCorpus } from "../../src/exports/index.js";
import { SHIPPED_DATE_BOUNDS } from "../../src/generated/shipped-data.js";
import type { ShippedIds } from "../../src/generated/shipped-ids.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { ARTICLE_ID } from "./data-copy.js";

/** The shipped article, as the shipped corpus holds it (deeply frozen). */
export const article = (() => {
  const found = shippedCorpus.documents.find((document) => document.document.id === ARTICLE_ID);
  if (!found) throw new Error(`the shipped corpus has no document "${ARTICLE_ID}"`);
  return found;
})();

/**
 * A corpus of the shipped article alone, with the shipped id types: what the tests of the queries and the
 * documentation examples read, so that their expected values hold whatever else `data/` holds.
 */
export const corpus: Corpus<ShippedIds> = new Corpus<ShippedIds>(
  [article as unknown as AnnotatedDocument],
  SHIPPED_DATE_BOUNDS,
);
