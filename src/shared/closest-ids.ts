/** The longest id that gets suggestions: an edit distance costs the product of the lengths it compares. */
export const LONGEST_SUGGESTED_ID = 100;

/**
 * Edit distance between two strings (Levenshtein: insertions, deletions and substitutions cost 1), or `limit + 1`
 * as soon as it is sure to exceed `limit`: a row whose every cell is over the limit can only grow.
 */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(cell);
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known ids closest to an unknown one, best first, for a "did you mean" tip. The cost is bounded: ids longer
 * than {@link LONGEST_SUGGESTED_ID} are never compared, a known id whose length alone puts it out of reach is skipped
 * without computing anything, and a distance stops being computed once it is out of reach.
 *
 * @param unknown - The id that did not resolve.
 * @param known - The ids it may have meant.
 * @param limit - How many suggestions to return at most.
 * @returns Up to `limit` ids within an edit distance of a third of the longer id, closest first.
 *
 * @example
 * closestIds("vladimir-putn", ["vladimir-putin", "belarus"])
 * //=> ["vladimir-putin"]
 */
export function closestIds(unknown: string, known: Iterable<string>, limit = 3): string[] {
  if (unknown.length > LONGEST_SUGGESTED_ID) return [];
  const scored: { id: string; distance: number }[] = [];
  for (const id of known) {
    if (id.length > LONGEST_SUGGESTED_ID) continue;
    const reach = Math.ceil(Math.max(unknown.length, id.length) / 3);
    // The distance is at least the difference in length.
    if (Math.abs(unknown.length - id.length) > reach) continue;
    const distance = editDistance(unknown, id, reach);
    if (distance <= reach) scored.push({ id, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((entry) => entry.id);
}

/**
 * A "did you mean" tip for an unknown id, or undefined when nothing is close.
 *
 * @param unknown - The id that did not resolve.
 * @param known - The ids it may have meant.
 * @returns A tip such as `did you mean "vladimir-putin"?`.
 *
 * @example
 * didYouMean("belarsu", ["belarus", "russia"])
 * //=> 'did you mean "belarus"?'
 */
export function didYouMean(unknown: string, known: Iterable<string>): string | undefined {
  const candidates = closestIds(unknown, known);
  if (candidates.length === 0) return undefined;
  return `did you mean ${candidates.map((id) => `"${id}"`).join(" or ")}?`;
}
