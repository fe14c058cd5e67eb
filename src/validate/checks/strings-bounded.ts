import { LIMITS } from "../../schema/limits.js";
import type { Check, CheckProblem } from "../check.js";
import type { DocumentPath } from "../finding.js";

/** Every string in a value, with its path. */
function* strings(value: unknown, path: DocumentPath): Generator<{ path: DocumentPath; value: string }> {
  if (typeof value === "string") yield { path, value };
  else if (Array.isArray(value))
    for (const [index, element] of value.entries()) yield* strings(element, [...path, index]);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) yield* strings(child, [...path, key]);
  }
}

/**
 * No string is oversized: the text holds at most `LIMITS.textLength` UTF-16 code units, every other string at most
 * `LIMITS.stringLength`, so that untrusted input cannot make validation or queries slow.
 */
export const stringsBounded: Check = {
  name: "strings-bounded",
  description: `The text is at most ${LIMITS.textLength} UTF-16 code units long, every other string at most ${LIMITS.stringLength}.`,
  run({ document }) {
    const problems: CheckProblem[] = [];
    if (document.text.length > LIMITS.textLength) {
      problems.push({
        path: ["text"],
        message: `the text is ${document.text.length} code units long, more than the limit of ${LIMITS.textLength}`,
        tip: "split the article into several documents",
      });
    }
    const { text: _text, ...records } = document;
    for (const { path, value } of strings(records, [])) {
      if (value.length <= LIMITS.stringLength) continue;
      problems.push({
        path,
        message: `the string is ${value.length} code units long, more than the limit of ${LIMITS.stringLength}`,
        tip: "records quote the text through spans; a longer string is almost certainly a mistake",
      });
    }
    return problems;
  },
};
