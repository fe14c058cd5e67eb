import type { Corpus } from "../corpus/corpus.js";
import { corpus as shippedCorpus } from "../corpus/shipped-corpus.js";

/**
 * The corpus a command works on: the shipped corpus, validated at build time, or the documents of a data directory
 * (`--data`), validated now by a module loaded only then, so that a query of the shipped corpus starts without the
 * validator.
 *
 * @param directory - The data directory, or undefined for the shipped corpus.
 * @returns The corpus.
 * @throws {@link UsageError} when the directory does not exist.
 * @throws {@link InvalidDataError} with every issue, as `newsfacts validate` prints them, when the data does not validate.
 *
 * @example
 * (await commandCorpus(undefined)).documents.some((document) => document.document.id === "putin-lukashenko-union-state-talks")
 * //=> true
 */
export async function commandCorpus(directory: string | undefined): Promise<Corpus> {
  if (directory === undefined) return shippedCorpus;
  const { directoryCorpus } = await import("./directory-corpus.js");
  return directoryCorpus(directory);
}
