import type { Options } from "minisearch";

/** One thing the site search can find: a section of a guide or a record of the data. */
export interface SearchEntry {
  /** Unique: the URL, relative to the site root. */
  readonly id: string;
  /** What it is, shown before the title: `guide`, `entity`, `quote`, `claim`, `date`, `uncertainty`. */
  readonly kind: string;
  /** The result's title. */
  readonly title: string;
  /** Where it is: the guide's or the document's title. */
  readonly where: string;
  /** The words to search, besides the title. */
  readonly text: string;
}

/**
 * Words readers search for that the texts say otherwise: each text word is also indexed as its synonyms. A Map, so
 * that a text word such as "constructor" finds no inherited property.
 */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["command", ["cli"]],
  ["typescript", ["ts"]],
]);

/**
 * A word as indexed: lower-cased, with its synonyms.
 *
 * @example
 * indexedTerms("Command")
 * //=> ["command", "cli"]
 * indexedTerms("constructor")
 * //=> ["constructor"]
 */
export function indexedTerms(term: string): string[] {
  const word = term.toLowerCase();
  return [word, ...(SYNONYMS.get(word) ?? [])];
}

/**
 * The MiniSearch options shared by the build (which indexes) and the browser (which loads the index): the same
 * fields and stored fields on both sides, or the loaded index would not match.
 */
export const SEARCH_OPTIONS = {
  fields: ["title", "where", "text"],
  storeFields: ["kind", "title", "where"],
  processTerm: indexedTerms,
  searchOptions: {
    processTerm: (term: string) => term.toLowerCase(),
    boost: { title: 3, where: 1.5 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: "AND",
  },
} as const satisfies Options<SearchEntry>;

/** The global variable the index script sets: the serialized MiniSearch index. */
export const SEARCH_INDEX_GLOBAL = "newsfactsSearchIndex";

/** The index script, relative to the site root. */
export const SEARCH_INDEX_FILE = "assets/newsfacts-search-index.js";
