import { dateBounds } from "../dates/date-bounds.js";
import type { ValidationIssue } from "../shared/validation-issue.js";
import type { ValidationResult } from "../validate/validate-documents.js";
import { Corpus } from "./corpus.js";
import { CorpusValidationError } from "./corpus-validation-error.js";

/**
 * The last stage of `createCorpus` and `loadCorpus`: the corpus of the validated documents, with the bounds of their
 * dates parsed from EDTF, or, when validation found any error, the error that lists every issue as validation gave
 * them (paths into the documents, or files, lines and columns).
 *
 * @param result - What validation gave.
 * @returns The corpus.
 * @throws {@link CorpusValidationError} listing every issue when there is any.
 *
 * @example
 * validatedCorpus(validateDocuments(corpus.documents)).claims({ claimant: "russian-government" }).length
 * //=> 2
 */
export function validatedCorpus<Issue extends ValidationIssue>(result: ValidationResult<Issue>): Corpus {
  if (result.issues.length > 0) throw new CorpusValidationError(result.issues);
  return new Corpus(result.documents, dateBounds(result.documents));
}
