/** The most characters of a value a message echoes; a longer value is cut, with its length said. */
export const ECHO_LIMIT = 80;

/**
 * A value as a message quotes it: JSON-quoted, and cut to {@link ECHO_LIMIT} characters with its full length when it
 * is longer, so that a message stays one readable line however large the value (a 100,000-character id, a span of a
 * million characters echoed by a hundred thousand findings would otherwise exhaust the string length limit).
 *
 * @param value - The value to quote.
 * @returns The value in double quotes, cut when it is long.
 *
 * @example
 * quotedValue("vladimir-putn")
 * //=> '"vladimir-putn"'
 * @example
 * quotedValue("a".repeat(100))
 * //=> `"${"a".repeat(80)}…" (100 characters)`
 */
export function quotedValue(value: string): string {
  if (value.length <= ECHO_LIMIT) return JSON.stringify(value);
  // Cut before a lone high surrogate, so that the cut value is still well-formed text.
  const code = value.charCodeAt(ECHO_LIMIT - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? ECHO_LIMIT - 1 : ECHO_LIMIT;
  return `${JSON.stringify(`${value.slice(0, cut)}…`)} (${value.length.toLocaleString("en-US")} characters)`;
}

/**
 * A record id as a message names it: as it is when it is of a readable length (ids are kebab-case slugs, which need
 * no quotes), else cut like {@link quotedValue}, so that a message naming a 100,000-character id stays one line.
 *
 * @param id - The id to name.
 * @returns The id, or its quoted, cut form when it is long.
 *
 * @example
 * shownId("vladimir-putin")
 * //=> "vladimir-putin"
 * @example
 * shownId("a".repeat(100))
 * //=> `"${"a".repeat(80)}…" (100 characters)`
 */
export function shownId(id: string): string {
  return id.length <= ECHO_LIMIT ? id : quotedValue(id);
}
