import { dateBounds } from "../dates/date-bounds.js";
import { validateDocuments } from "../validate/validate-documents.js";
import { Corpus } from "./corpus.js";
import { CorpusValidationError } from "./corpus-validation-error.js";
import { fromFileContents } from "./file-contents.js";
import { frozenCopy } from "./frozen-copy.js";

/** A frozen copy of the input, which must be plain data: what JSON cannot hold is a TypeError naming where it is. */
function plainCopy(input: readonly unknown[]): readonly unknown[] {
  try {
    return frozenCopy(input);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new TypeError(`createCorpus expects plain JSON data: ${error.message}`);
  }
}

/**
 * A corpus over your own annotated documents, with the same queries as the shipped `corpus`. The input is copied and
 * frozen in one walk (the corpus never shares an object with the caller, and what was validated cannot change), then
 * validated at run time by the same schemas and named checks as the shipped data (`validateDocuments`), and the
 * bounds of its dates are parsed from EDTF. This is why it lives in `newsfacts/validate` and not in the main entry: it needs `zod` (a peer dependency)
 * and the EDTF parser, which the main entry never loads.
 *
 * @param input - Annotated documents as parsed JSON: `{ document, text, entities, quotes, claims,
 *   temporalExpressions, temporalLinks, uncertaintyMarkers }` each, `document` being the content of `document.json`
 *   (its `$schema` pointer is dropped) and each collection an array of records or the content of its file
 *   (`{ "$schema": ..., "records": [...] }`), as `fromFileContents` describes.
 * @returns The corpus, with string ids.
 * @throws {@link CorpusValidationError} listing every issue when the input is invalid.
 * @throws {TypeError} When the input is not an array, or holds what JSON cannot (a function, a symbol, a `Date`, a
 *   class instance).
 *
 * @example
 * createCorpus(corpus.documents).claims({ claimant: "russian-government" }).length
 * //=> 2
 */
export function createCorpus(input: readonly unknown[]): Corpus {
  if (!Array.isArray(input)) throw new TypeError("createCorpus expects an array of annotated documents");
  const { documents, issues } = validateDocuments(plainCopy(input).map(fromFileContents));
  if (issues.length > 0) throw new CorpusValidationError(issues);
  return new Corpus(documents, dateBounds(documents));
}
