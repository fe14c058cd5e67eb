import { DOCUMENT_FILE } from "../../schema/data-files.js";
import { textSha256 } from "../../validate/checks/source-hash.js";
import { eachDraftSpan, isJsonObject } from "../draft-folder.js";
import type { Fixer } from "./fixer.js";

/**
 * `hash`: records the SHA-256 of the current source text in `document.json`, but only once every span with offsets
 * matches the text: a hash updated over stale spans would hide that they point into an older text.
 */
export const hashFixer: Fixer = {
  name: "hash",
  description: "record the source text's SHA-256 once every span matches the text",
  byDefault: true,
  fix(folder) {
    const document = folder.files.get(DOCUMENT_FILE.file);
    const location = { file: DOCUMENT_FILE.file, path: ["sha256"] };
    const actual = textSha256(folder.text);
    if (!isJsonObject(document) || document.sha256 === actual) return { changes: [], unresolved: [] };
    const stale = eachDraftSpan(folder).filter(
      ({ span }) => typeof span.start !== "number" || folder.text.slice(span.start, Number(span.end)) !== span.exact,
    );
    if (stale.length > 0) {
      const message = `sha256 not updated: ${stale.length} span(s) do not match the text yet`;
      return { changes: [], unresolved: [{ ...location, message }] };
    }
    document.sha256 = actual;
    return { changes: [{ ...location, message: `sha256 updated to ${actual}` }], unresolved: [] };
  },
};
