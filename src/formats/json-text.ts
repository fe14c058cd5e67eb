/**
 * A value as the package writes JSON files (data files, generated schemas, exports): two-space indents and a final
 * newline, so files written by `newsfacts new`, `fix`, `export` and the build diff cleanly against each other.
 *
 * @param value - Any JSON-serialisable value.
 * @returns The JSON text, ending in a newline.
 *
 * @example
 * jsonText({ records: [] })
 * //=> '{\n  "records": []\n}\n'
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
