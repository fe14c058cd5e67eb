/** The first position in `sorted` (ascending) whose value is above `value`. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The pairs of intervals that share no value, found without comparing every pair: the intervals are sorted by their
 * lower bound, and for each interval a binary search finds where the intervals lying wholly above it begin. The cost
 * is O(n log n) plus the pairs returned, so a thousand figures that all agree cost a sort, not half a million
 * comparisons.
 *
 * Each pair `[i, j]` has interval `i` wholly below interval `j` (`intervals[i][1] < intervals[j][0]`). An interval
 * whose minimum exceeds its maximum can be below and above the same interval, so such a pair may come twice.
 *
 * @param intervals - Closed intervals `[min, max]`; infinite bounds are allowed.
 * @returns The pairs of indexes into `intervals`, lower interval first, in no particular order.
 *
 * @example
 * disjointPairs([[0, 10], [-Infinity, 200000], [250000, Infinity], [5, 5]])
 * //=> [[0, 2], [1, 2], [3, 2]]
 */
export function disjointPairs(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byMin = intervals.map((_, index) => index);
  byMin.sort((a, b) => {
    const [left, right] = [
      (intervals[a] as readonly [number, number])[0],
      (intervals[b] as readonly [number, number])[0],
    ];
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const mins = byMin.map((index) => (intervals[index] as readonly [number, number])[0]);
  const pairs: [number, number][] = [];
  intervals.forEach(([, max], index) => {
    for (let position = firstAbove(mins, max); position < byMin.length; position++) {
      pairs.push([index, byMin[position] as number]);
    }
  });
  return pairs;
}
