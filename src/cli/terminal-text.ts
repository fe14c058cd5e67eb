/**
 * Characters a terminal acts on instead of printing: C0 controls but tab and line feed (ESC starts colour, cursor and
 * OSC sequences, BEL rings), DEL, C1 controls (U+009B is a one-character CSI), and the bidirectional overrides and
 * isolates that reorder what is shown (U+202A–U+202E, U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes the characters a terminal would act on, as `\u001b` and the like, so that data printed by the command
 * line (a name, a quote, a message echoing a value) can neither colour, move, retitle nor reorder the terminal.
 * Tab and line feed are kept: output lines are made of them.
 *
 * @param text - Text about to be printed.
 * @returns The text with each control character written as a `\uXXXX` escape.
 *
 * @example
 * escapeControlCharacters("Putin\u001b]0;pwned\u0007")
 * //=> "Putin\\u001b]0;pwned\\u0007"
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
