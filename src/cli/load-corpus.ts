import type { Corpus } from "../corpus/corpus.js";
import { CorpusValidationError } from "../corpus/corpus-validation-error.js";
import { createCorpus } from "../corpus/create-corpus.js";
import { corpus as shippedCorpus } from "../exports/index.js";
import { readDataDirectory } from "../load/read-data-directory.js";
import { InvalidDataError } from "./invalid-data-error.js";

/**
 * The corpus a command works on: the shipped corpus, or the documents of a data directory (`--data`), read with
 * `readDataDirectory` and validated by `createCorpus`.
 *
 * @param directory - The data directory, or undefined for the shipped corpus.
 * @returns The corpus.
 * @throws {@link UsageError} when the directory does not exist.
 * @throws {@link InvalidDataError} when the data does not validate; `newsfacts validate` says where.
 *
 * @example
 * loadCorpus(undefined).documents.some((document) => document.document.id === "putin-lukashenko-union-state-talks")
 * //=> true
 */
export function loadCorpus(directory: string | undefined): Corpus {
  if (directory === undefined) return shippedCorpus;
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
