/** Edit distance between two strings (Levenshtein, insertions, deletions and substitutions cost 1). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known ids closest to an unknown one, best first, for a "did you mean" tip.
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
  const scored: { id: string; distance: number }[] = [];
  for (const id of known) {
    const distance = editDistance(unknown, id);
    if (distance <= Math.ceil(Math.max(unknown.length, id.length) / 3)) scored.push({ id, distance });
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
