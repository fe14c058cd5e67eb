import type { Corpus } from "../corpus/corpus.js";
import { CorpusValidationError } from "../corpus/corpus-validation-error.js";
import { loadCorpus } from "../pipeline/load-corpus.js";
import { formatIssue } from "../shared/validation-issue.js";
import { InvalidDataError } from "./invalid-data-error.js";

/**
 * The documents of a data directory (`--data`) as a corpus: read and validated by `loadCorpus`, through the stages
 * `newsfacts validate` runs, so that invalid data gets the same issues, each with its file, line and column. It loads
 * the validator (zod, the EDTF parser, date-fns), so the command line imports it only when `--data` is given.
 *
 * @param directory - The data directory.
 * @returns The corpus.
 * @throws {@link UsageError} when the directory does not exist.
 * @throws {@link InvalidDataError} with every issue, one line each, when the data does not validate.
 *
 * @example
 * directoryCorpus("data").documents.some((document) => document.document.id === "putin-lukashenko-union-state-talks")
 * //=> true
 */
export function directoryCorpus(directory: string): Corpus {
  try {
    return loadCorpus(directory);
  } catch (error) {
    if (!(error instanceof CorpusValidationError)) throw error;
    throw new InvalidDataError(`${directory} has ${error.issues.length} problem(s)`, error.issues.map(formatIssue));
  }
}
