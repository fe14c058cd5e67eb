import type { Finding } from "./finding.js";

/** How many findings of one check in one document are listed; the rest are counted in one closing finding. */
export const FINDINGS_PER_CHECK = 100;

/**
 * Keeps the first `limit` findings of each check in each document and replaces the rest by one finding that counts
 * them (`and 41,900 more problems of this check in this document`), at the document. A broken file (a hundred
 * thousand records without an id) then gives a report a reader can use, not a hundred thousand lines.
 *
 * @param findings - Every finding, in the order found.
 * @param limit - How many findings to keep per check and document.
 * @returns The findings kept, in their order, each group's count line right after its last kept finding.
 *
 * @example
 * capFindings([1, 2, 3].map((n) => ({ check: "schema", documentIndex: 0, path: [], message: `m${n}` })), 2)
 *   .map((finding) => finding.message)
 * //=> ["m1", "m2", "and 1 more problem of this check in this document (only the first 2 are listed)"]
 */
export function capFindings(findings: readonly Finding[], limit = FINDINGS_PER_CHECK): Finding[] {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const group = `${finding.documentIndex}\u0000${finding.check}`;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const kept: Finding[] = [];
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const group = `${finding.documentIndex}\u0000${finding.check}`;
    const position = (seen.get(group) ?? 0) + 1;
    seen.set(group, position);
    if (position <= limit) kept.push(finding);
    if (position !== limit + 1) continue;
    const more = (counts.get(group) ?? 0) - limit;
    kept.push({
      check: finding.check,
      documentIndex: finding.documentIndex,
      path: [],
      message: `and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"} of this check in this document (only the first ${limit} are listed)`,
      tip: "fix the first ones: many problems of one kind usually have one cause",
      ...(finding.level === undefined ? {} : { level: finding.level }),
    });
  }
  return kept;
}
