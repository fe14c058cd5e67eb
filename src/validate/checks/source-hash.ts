import { createHash } from "node:crypto";
import type { Check } from "../check.js";

/**
 * The SHA-256 of a text as UTF-8, in lower-case hex: what a document's `sha256` must be.
 *
 * @param text - The source text.
 * @returns 64 hex digits.
 *
 * @example
 * textSha256("")
 * //=> "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 */
export function textSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The text is exactly the one annotated: its SHA-256 equals the document's `sha256`. */
export const sourceHash: Check = {
  name: "source-hash",
  description: "The SHA-256 of the text (UTF-8) equals the document's sha256, so offsets point into the right text.",
  run({ document }) {
    const actual = textSha256(document.text);
    if (actual === document.document.sha256) return [];
    return [
      {
        path: ["document", "sha256"],
        message: `the text's SHA-256 is ${actual}, not ${document.document.sha256}`,
        tip: "the source text changed: re-check every span, then update sha256",
      },
    ];
  },
};
