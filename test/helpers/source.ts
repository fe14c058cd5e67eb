import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLE_ID, DATA_DIRECTORY } from "./data-copy.js";

/** The shipped article's exact text, read from its data folder (not through the code under test). */
export const SOURCE = readFileSync(join(DATA_DIRECTORY, ARTICLE_ID, "source.txt"), "utf8");

/**
 * The offsets of every occurrence of a string in the article.
 *
 * @param needle - The string to find.
 * @returns The start offsets, ascending.
 */
export function occurrences(needle: string): number[] {
  const found: number[] = [];
  for (let at = SOURCE.indexOf(needle); at >= 0; at = SOURCE.indexOf(needle, at + 1)) found.push(at);
  return found;
}
