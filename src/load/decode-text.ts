import { isUtf8 } from "node:buffer";

/** What decoding a file's bytes gave: its text, or what is wrong with its bytes and where. */
export type DecodedText =
  | { readonly text: string }
  | { readonly problem: string; readonly offset: number; readonly tip?: string };

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The UTF-8 length of a code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * The text offset (UTF-16) of the first character decoded from an invalid byte sequence: the first U+FFFD that the
 * bytes do not spell out as `EF BF BD` (a replacement character that is really in the file is valid).
 */
function firstInvalidOffset(bytes: Buffer, text: string): number {
  let byte = 0;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) {
      return index;
    }
    // An invalid sequence may be one byte or several; the first one is all that is reported.
    byte += utf8Length(codePoint);
    index += codePoint > 0xffff ? 2 : 1;
  }
  return 0;
}

/**
 * Decodes a file's bytes as UTF-8, refusing what would silently change the text: invalid UTF-8 (a decoder would
 * replace it by U+FFFD and every offset after it would point elsewhere), a byte order mark (an invisible first
 * character that shifts every offset by one), and, when `lineFeedsOnly`, carriage returns (CRLF line endings, as a
 * Windows checkout may write them, change the text and its SHA-256).
 *
 * @param bytes - The file's bytes.
 * @param lineFeedsOnly - Whether a carriage return is an error (for source texts).
 * @returns The text, or the problem with the offset in the text where it starts.
 *
 * @example
 * decodeText(Buffer.from("\uFEFF{}"), false)
 * //=> { problem: "the file starts with a byte order mark (U+FEFF)", offset: 0, tip: "save it as UTF-8 without a BOM" }
 */
export function decodeText(bytes: Buffer, lineFeedsOnly: boolean): DecodedText {
  const text = decoder.decode(bytes);
  if (!isUtf8(bytes)) {
    return {
      problem: "the file is not valid UTF-8",
      offset: firstInvalidOffset(bytes, text),
      tip: "save it as UTF-8: the bytes here belong to another encoding (Latin-1, Windows-1252?)",
    };
  }
  if (text.startsWith("\uFEFF")) {
    return {
      problem: "the file starts with a byte order mark (U+FEFF)",
      offset: 0,
      tip: "save it as UTF-8 without a BOM",
    };
  }
  const carriageReturn = lineFeedsOnly ? text.indexOf("\r") : -1;
  if (carriageReturn >= 0) {
    return {
      problem: "the text has a carriage return (CRLF line endings?): source texts use LF line endings",
      offset: carriageReturn,
      tip: "convert it to LF line endings (a Windows checkout may have converted it: see git's core.autocrlf)",
    };
  }
  return { text };
}
