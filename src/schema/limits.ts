/**
 * Size limits for untrusted input, in UTF-16 code units (`string.length`): a document's text may hold up to five
 * million (about 5 MB of English text), every other string up to one hundred thousand (about 100 KB). They keep a
 * hostile or broken file from making validation and queries slow; no real article or annotation comes near them.
 * The `strings-bounded` check enforces them.
 */
export const LIMITS = Object.freeze({
  /** The longest a document's text may be. */
  textLength: 5_000_000,
  /** The longest any other string (a name, a statement, a span's exact text, an id) may be. */
  stringLength: 100_000,
});
