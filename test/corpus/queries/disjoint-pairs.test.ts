import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disjointPairs } from "../../../src/corpus/queries/disjoint-pairs.js";

/** A bound drawn from few values, so that equal bounds (which touch, and so overlap) are common. */
const bound = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY) },
);
/** An interval, possibly malformed (minimum above maximum), as an unchecked in-memory corpus could hold. */
const interval = fc.tuple(bound, bound).map(([a, b]) => [a, b] as [number, number]);

/** Every ordered pair with the first interval wholly below the second, by comparing all pairs. */
function everyPairBelow(intervals: readonly (readonly [number, number])[]): string[] {
  const pairs: string[] = [];
  intervals.forEach((lower, i) => {
    intervals.forEach((upper, j) => {
      if (lower[1] < upper[0]) pairs.push(`${i} ${j}`);
    });
  });
  return pairs.sort();
}

describe("disjointPairs", () => {
  it("finds the pairs whose intervals share no value in a hand-made case", () => {
    const intervals: [number, number][] = [
      [200_000, 200_000],
      [250_000, Number.POSITIVE_INFINITY],
      [Number.NEGATIVE_INFINITY, 200_000],
      [10_000, 99_000],
      [200_000, 260_000],
    ];
    const found = disjointPairs(intervals).map(([i, j]) => `${i} ${j}`);
    expect(found.sort()).toEqual(["0 1", "2 1", "3 0", "3 1", "3 4"]);
  });

  it("returns exactly the pairs a comparison of every pair finds, on random intervals", () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), (intervals) => {
        const found = disjointPairs(intervals).map(([i, j]) => `${i} ${j}`);
        expect(found.sort()).toEqual(everyPairBelow(intervals));
      }),
      { numRuns: 500 },
    );
  });

  it("returns nothing for intervals that all overlap", () => {
    expect(disjointPairs(Array.from({ length: 100 }, (_, index) => [index, 1_000] as [number, number]))).toEqual([]);
  });
});
