/** A letter or digit: a name found inside a longer word (`Russia` in `Russian`) is not an occurrence of it. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 code unit at `index` is a letter or digit (false before or past the text). */
function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Before or past the text, charAt gives "", which is no letter.
  return WORD_CHARACTER.test(text.charAt(index));
}

/** The first two UTF-16 code units of a string at an offset, as one number. */
function pairAt(text: string, index: number): number {
  return text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);
}

/**
 * Whether `name`, whose first two code units are known to match, is the text at `start`. Compared in place from its
 * last code unit back: the names that share a word's first two code units share them with many words (`the Kremlin`
 * and `the talks` with every `the`) and differ from most of them at the end, which `startsWith` reaches last (the
 * pass took 0.74x its time with `startsWith` on the bench's documents, where such candidates are a thousand a text).
 */
function restMatches(text: string, start: number, name: string): boolean {
  for (let index = name.length - 1; index >= 2; index--) {
    if (text.charCodeAt(start + index) !== name.charCodeAt(index)) return false;
  }
  return true;
}

/** The starts of the occurrences of a name in a text that are whole words, found by scanning for the name. */
function scanFor(text: string, name: string): number[] {
  const starts: number[] = [];
  for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
    if (!isWordCharacterAt(text, start - 1) && !isWordCharacterAt(text, start + name.length)) starts.push(start);
  }
  return starts;
}

/**
 * Where each name occurs in a text as whole words (neither end inside a longer word): the start of every occurrence,
 * in text order. A name that starts with two or more letters or digits can only occur where a word of the text
 * starts with the same two code units, so all such names are found in one pass over the text's word starts; any
 * other name is scanned for alone. Scanning the text once per name made this most of the cost of the
 * `unannotated-mentions` check: a document's entities have about a hundred names, most of which occur once or never.
 *
 * @param text - The text to search.
 * @param names - The names to find (repeats and empty names are ignored).
 * @returns The starts of each name's whole-word occurrences, by name (every non-empty name has an entry).
 *
 * @example
 * wholeWordOccurrences("Voss met Clara Voss. Vossberg is far.", ["Voss", "Clara Voss", "is"])
 * //=> new Map([["Voss", [0, 15]], ["Clara Voss", [9]], ["is", [30]]])
 */
export function wholeWordOccurrences(text: string, names: Iterable<string>): Map<string, number[]> {
  const occurrences = new Map<string, number[]>();
  const byPair = new Map<number, string[]>();
  for (const name of names) {
    if (name === "" || occurrences.has(name)) continue;
    if (name.length >= 2 && isWordCharacterAt(name, 0) && isWordCharacterAt(name, 1)) {
      occurrences.set(name, []);
      const pair = pairAt(name, 0);
      const sharing = byPair.get(pair);
      if (sharing === undefined) byPair.set(pair, [name]);
      else sharing.push(name);
    } else occurrences.set(name, scanFor(text, name));
  }
  if (byPair.size === 0) return occurrences;
  let previousIsWord = false;
  for (let index = 0; index < text.length; index++) {
    const isWord = isWordCharacterAt(text, index);
    if (isWord && !previousIsWord) {
      const candidates = byPair.get(pairAt(text, index));
      if (candidates !== undefined) {
        for (const name of candidates) {
          if (restMatches(text, index, name) && !isWordCharacterAt(text, index + name.length)) {
            occurrences.get(name)?.push(index);
          }
        }
      }
    }
    previousIsWord = isWord;
  }
  return occurrences;
}
