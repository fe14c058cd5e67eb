import { DOCUMENT_FILE } from "../../schema/data-files.js";
import { eachDraftSpan } from "../draft-folder.js";
import { spanAt } from "../span-at.js";
import type { Fixer, FixNote } from "./fixer.js";

/**
 * `context`: gives every record span the `prefix` and `suffix` it needs to be re-anchored after an edit (the 32
 * code units around it), and corrects stale ones. Segments keep none: they tile the text, so
 * their neighbours are other segments. Spans whose offsets do not match the text are left to `offsets`.
 */
export const contextFixer: Fixer = {
  name: "context",
  description: "write each record span's prefix and suffix (32 code units of text around it)",
  byDefault: true,
  fix(folder) {
    const changes: FixNote[] = [];
    for (const { file, path, span } of eachDraftSpan(folder)) {
      if (file === DOCUMENT_FILE.file && path[0] === "segments") continue;
      const { start, end, exact } = span;
      if (typeof start !== "number" || typeof end !== "number" || folder.text.slice(start, end) !== exact) continue;
      const { prefix, suffix } = spanAt(folder.text, start, end);
      if (span.prefix === prefix && span.suffix === suffix) continue;
      span.prefix = prefix ?? "";
      span.suffix = suffix ?? "";
      changes.push({ file, path, message: `prefix and suffix of "${exact}" written` });
    }
    return { changes, unresolved: [] };
  },
};
