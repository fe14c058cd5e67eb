/**
 * A converter from UTF-16 offsets (how newsfacts spans and `String.prototype.slice` count) to Unicode code point
 * offsets (how W3C selectors, `[...text]` and SQL engines count) for one text. Characters outside the Basic
 * Multilingual Plane take two UTF-16 code units but one code point, so every such character before an offset makes
 * the code point offset one smaller. The table is built once per text, so each conversion is a look-up.
 *
 * @param text - The text the offsets point into.
 * @returns A function from a UTF-16 offset (0 to `text.length`) to the code point offset.
 *
 * @example
 * codePointOffsets("𝕏 Putin")(3)
 * //=> 2
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let unit = 0; unit < text.length; unit++) {
    table[unit] = codePoints;
    const code = text.codePointAt(unit) ?? 0;
    // A surrogate pair: the offset between its two halves is not a code point boundary; it maps to the pair's start.
    if (code > 0xffff) table[++unit] = codePoints;
    codePoints++;
  }
  table[text.length] = codePoints;
  return (utf16Offset) => {
    const converted = table[utf16Offset];
    if (converted === undefined) throw new RangeError(`offset ${utf16Offset} is outside the text`);
    return converted;
  };
}
