/**
 * The words of a name for matching: decomposed (NFD), combining marks removed, lower-cased, split at every
 * character that is not a letter or a digit. So `Dmitrí` matches `dmitri`, and `Lukashenko’s` holds `lukashenko`.
 *
 * @param name - A name, an alias or a search string.
 * @returns Its words, in order.
 *
 * @example
 * nameWords("Dmitrí PESKOV’s S-400")
 * //=> ["dmitri", "peskov", "s", "s", "400"]
 */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/**
 * Whether `words` contains `phrase` as consecutive whole words.
 *
 * @param words - The words of a name.
 * @param phrase - The words searched for (at least one).
 * @returns True when the phrase occurs in the name.
 *
 * @example
 * containsPhrase(["union", "state", "of", "russia"], ["state", "of"])
 * //=> true
 */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * Whether `words` contains `phrase` as consecutive words, the last of which may be only the start of a word: what a
 * user types before finishing a name.
 *
 * @param words - The words of a name.
 * @param phrase - The words searched for (at least one), the last one perhaps unfinished.
 * @returns True when the phrase starts a run of words of the name.
 *
 * @example
 * containsPrefixPhrase(["alexander", "lukashenko"], ["luka"])
 * //=> true
 */
export function containsPrefixPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  const last = phrase.length - 1;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    const whole = phrase.every((word, offset) => offset === last || words[start + offset] === word);
    if (whole && (words[start + last] ?? "").startsWith(phrase[last] ?? "")) return true;
  }
  return false;
}
