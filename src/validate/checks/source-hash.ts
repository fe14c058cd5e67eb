import { createHash } from "node:crypto";
import type { Check } from "../check.js";

/** The text is exactly the one annotated: its SHA-256 equals the document's `sha256`. */
export const sourceHash: Check = {
  name: "source-hash",
  description: "The SHA-256 of the text (UTF-8) equals the document's sha256, so offsets point into the right text.",
  run({ document }) {
    const actual = createHash("sha256").update(document.text, "utf8").digest("hex");
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
