import type { Corpus } from "../corpus/corpus.js";
import { CorpusValidationError } from "../corpus/corpus-validation-error.js";
import { createCorpus } from "../corpus/create-corpus.js";
import { readDataDirectory } from "../load/read-data-directory.js";
import { InvalidDataError } from "./invalid-data-error.js";

/**
 * The documents of a data directory (`--data`) as a corpus: read with `readDataDirectory` and validated by
 * `createCorpus`. It loads the validator (zod, the EDTF parser, date-fns), so the command line imports it only when
 * `--data` is given.
 *
 * @param directory - The data directory.
 * @returns The corpus.
 * @throws {@link UsageError} when the directory does not exist.
 * @throws {@link InvalidDataError} when the data does not validate; `newsfacts validate` says where.
 *
 * @example
 * directoryCorpus("data").documents.length
 * //=> 1
 */
export function directoryCorpus(directory: string): Corpus {
  const { inputs, issues } = readDataDirectory(directory);
  const invalid = (count: number) =>
    new InvalidDataError(`${directory} has ${count} problem(s): run newsfacts validate ${directory} to see them`);
  if (issues.length > 0) throw invalid(issues.length);
  try {
    return createCorpus(inputs);
  } catch (error) {
    if (error instanceof CorpusValidationError) throw invalid(error.issues.length);
    throw error;
  }
}
