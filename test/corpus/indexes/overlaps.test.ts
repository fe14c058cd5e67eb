import { areIntervalsOverlapping } from "date-fns/areIntervalsOverlapping";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps } from "../../../src/corpus/indexes/date-range-index.js";

/** An interval of epoch milliseconds between 1900 and 2100, start no later than end. */
const interval = fc
  .tuple(
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    fc.integer({ min: 0, max: 200 * 365 * 86_400_000 }),
  )
  .map(([start, length]) => ({ start, end: start + length }));

describe("overlaps", () => {
  it("agrees with date-fns' areIntervalsOverlapping (inclusive), the definition the date queries follow", () => {
    fc.assert(
      fc.property(interval, interval, (record, query) => {
        const expected = areIntervalsOverlapping(
          { start: new Date(record.start), end: new Date(record.end) },
          { start: new Date(query.start), end: new Date(query.end) },
          { inclusive: true },
        );
        expect(overlaps(record.start, record.end, query.start, query.end)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("counts intervals that only touch as overlapping, as inclusive intervals do", () => {
    expect(overlaps(0, 10, 10, 20)).toBe(true);
    expect(overlaps(0, 10, 11, 20)).toBe(false);
  });
});
