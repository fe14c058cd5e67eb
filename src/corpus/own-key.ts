/**
 * Whether a record has a key as its own property, narrowing its type as `in` does. Unlike `in`, an inherited key
 * never counts, so a key added to `Object.prototype` cannot change how a record is read.
 *
 * @param record - A record.
 * @param key - The key.
 * @returns True when the record itself has the key.
 *
 * @example
 * hasOwnKey(corpus.quote("quote-putin-summarise-results"), "speaker")
 * //=> true
 */
export function hasOwnKey<Record extends object, Key extends string>(
  record: Record,
  key: Key,
): record is Extract<Record, { readonly [Name in Key]: unknown }> {
  return Object.hasOwn(record, key);
}
