/**
 * Size limits for untrusted input. Strings count UTF-16 code units (`string.length`): a document's text may hold up
 * to five million (about 5 MB of English text), every other string up to one hundred thousand (about 100 KB); the
 * schemas enforce them (`boundedString`). Files are limited before they are read: a source text to the bytes its
 * longest text can take in UTF-8, a JSON data file to 64 MiB and 64 levels of nesting. They keep a hostile or broken
 * file from making validation and queries slow or crash; no real article or annotation comes near them.
 */
export const LIMITS = Object.freeze({
  /** The longest a document's text may be. */
  textLength: 5_000_000,
  /** The longest any other string (a name, a statement, a span's exact text, an id) may be. */
  stringLength: 100_000,
  /** The largest a source text file may be, in bytes: three UTF-8 bytes for each UTF-16 code unit of the text. */
  textFileBytes: 15_000_000,
  /** The largest a JSON data file may be, in bytes. */
  jsonFileBytes: 64 * 1024 * 1024,
  /** The deepest a JSON data file may nest arrays and objects (the records need fewer than ten levels). */
  jsonDepth: 64,
});
