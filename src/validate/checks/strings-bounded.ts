import { LIMITS } from "../../schema/limits.js";
import type { DocumentPath } from "../../shared/document-path.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * Calls `visit` for every string in a value, depth first, in key order, with the path to it. The path is one array
 * that the walk extends and shortens as it goes (a copy is the caller's to make), and the walk is a plain recursion:
 * nested generators and a path copied at every level made this check the slowest of all on a large corpus.
 */
function visitStrings(value: unknown, path: (string | number)[], visit: (value: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitStrings(value[index], path, visit);
      path.pop();
    }
  } else if (typeof value === "object" && value !== null) {
    // for...in with an own-key test: the same keys as Object.keys, without an array per object.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      visitStrings((value as Record<string, unknown>)[key], path, visit);
      path.pop();
    }
  }
}

/**
 * Whether a value holds a string longer than `limit`, found by a walk that keeps no path: nearly every document has
 * none, so the path is worked out (by {@link visitStrings}) only for one that does.
 */
function holdsLongString(value: unknown, limit: number): boolean {
  if (typeof value === "string") return value.length > limit;
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) if (holdsLongString(value[index], limit)) return true;
    return false;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && holdsLongString((value as Record<string, unknown>)[key], limit)) return true;
  }
  return false;
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
    if (!holdsLongString(records, LIMITS.stringLength)) return problems;
    const path: (string | number)[] = [];
    visitStrings(records, path, (value) => {
      if (value.length <= LIMITS.stringLength) return;
      problems.push({
        path: [...path] as DocumentPath,
        message: `the string is ${value.length} code units long, more than the limit of ${LIMITS.stringLength}`,
        tip: "records quote the text through spans; a longer string is almost certainly a mistake",
      });
    });
    return problems;
  },
};
