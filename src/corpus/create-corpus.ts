import { validateDocuments } from "../validate/validate-documents.js";
import type { Corpus } from "./corpus.js";
import { fromFileContents } from "./file-contents.js";
import { freezePlainData } from "./freeze-plain-data.js";
import { validatedCorpus } from "./validated-corpus.js";

/** Freezes the input in place; it must be plain data: what JSON cannot hold is a TypeError naming where it is. */
function freezeInput(input: readonly unknown[]): readonly unknown[] {
  try {
    return freezePlainData(input);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new TypeError(`createCorpus expects plain JSON data: ${error.message}`);
  }
}

/**
 * A corpus over your own annotated documents, with the same queries as the shipped `corpus`. It takes ownership of
 * its input instead of copying it: the documents you pass are deeply frozen in place, valid or not (so what was
 * validated cannot change afterwards), then validated at run time by the same schemas and named checks as the
 * shipped data (`validateDocuments`), and the bounds of their dates are parsed from EDTF. Pass a copy
 * (`structuredClone(documents)`) if you need to keep changing yours: copying costs a third of validation, which is
 * why it is yours to choose. It lives in `newsfacts/validate`, not in the main entry, because it needs `zod` (a peer
 * dependency) and the EDTF parser, which the main entry never loads.
 *
 * @param input - Annotated documents as parsed JSON: `{ document, text, entities, quotes, claims,
 *   temporalExpressions, temporalLinks, uncertaintyMarkers }` each, frozen in place; `document` being the content of
 *   `document.json` (its `$schema` pointer is dropped) and each collection an array of records or the content of its
 *   file (`{ "$schema": ..., "records": [...] }`), as `fromFileContents` describes.
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
  // The unwrapped documents are new objects around the caller's frozen ones: frozen too, so nothing validated can change.
  const unwrapped = freezePlainData(freezeInput(input).map(fromFileContents));
  return validatedCorpus(validateDocuments(unwrapped));
}
