import type { Corpus } from "../corpus/corpus.js";
import { validatedCorpus } from "../corpus/validated-corpus.js";
import { validateDirectory } from "./validate-directory.js";

/**
 * Reads a data directory laid out as the package's own `data/` (one folder per document, with `document.json`, the
 * source text and one JSON file per record kind) and returns its corpus, after the same checks as
 * `newsfacts validate`: an invalid directory throws with every issue, each with its file, line and column.
 *
 * @param directory - The data directory.
 * @returns The corpus, with the same queries as the shipped one.
 * @throws {@link CorpusValidationError} listing every issue, each a `FileIssue` (`file:line:column record field: message [check]`).
 * @throws {@link UsageError} when the directory does not exist or is not a directory.
 *
 * @example
 * loadCorpus("data").quotes({ speaker: "vladimir-putin", document: "putin-lukashenko-union-state-talks" }).length
 * //=> 1
 */
export function loadCorpus(directory: string): Corpus {
  return validatedCorpus(validateDirectory(directory));
}
