/**
 * Text made safe inside HTML text and double-quoted attribute values.
 *
 * @param text - Any text.
 * @returns The text with `&`, `<`, `>` and `"` escaped.
 *
 * @example
 * escapeHtml('<a href="x">Q&A</a>')
 * //=> "&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * An id with a word-break opportunity after each hyphen, so long kebab-case ids wrap at hyphens and not mid-word.
 *
 * @param id - A kebab-case id.
 * @returns HTML: the escaped id with `<wbr>` after each hyphen.
 *
 * @example
 * breakableId("quote-putin-summarise")
 * //=> "quote-<wbr>putin-<wbr>summarise"
 */
export function breakableId(id: string): string {
  return escapeHtml(id).replace(/-/g, "-<wbr>");
}
