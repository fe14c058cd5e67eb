import { readShippedData } from "../generated/shipped-data.js";
import type { ShippedIds } from "../generated/shipped-ids.js";
import { Corpus } from "./corpus.js";

/**
 * The shipped corpus: every document of the package, validated at build time, deeply frozen, with literal id types.
 * Importing the package reads no data: the documents are read and frozen by the first query (about 1 ms).
 *
 * @example
 * corpus.documents.find((document) => document.document.id === "putin-lukashenko-union-state-talks")?.text.slice(0, 5)
 * //=> "Putin"
 */
export const corpus: Corpus<ShippedIds> = new Corpus<ShippedIds>(readShippedData);
