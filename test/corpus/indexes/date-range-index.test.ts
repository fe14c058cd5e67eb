import { areIntervalsOverlapping } from "date-fns/areIntervalsOverlapping";
import { describe, expect, it } from "vitest";
import {
  datedPositionsIndex,
  EARLIEST,
  LATEST,
  overlappingPositions,
} from "../../../src/corpus/indexes/date-range-index.js";
import type { DateBounds } from "../../../src/dates/date-bounds.js";

/** Positions in ascending order: overlappingPositions leaves the order to the query. */
function sorted(positions: readonly number[]): number[] {
  return [...positions].sort((a, b) => a - b);
}

/** A small deterministic random generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/** The index of a record table's bounds, one per position (undefined: the record has no place in time). */
function indexOf(bounds: readonly (DateBounds | undefined)[]) {
  return datedPositionsIndex(
    bounds.flatMap((bound, position) => (bound === undefined ? [] : [[position, bound] as const])),
  );
}

/**
 * The positions a plain scan finds with date-fns' inclusive overlap (open ends as the earliest and latest instants a
 * `Date` holds): what the index must agree with.
 */
function scan(bounds: readonly (DateBounds | undefined)[], start: number, end: number): number[] {
  const query = { start: new Date(start), end: new Date(end) };
  const found: number[] = [];
  bounds.forEach((bound, position) => {
    if (bound === undefined) return;
    const interval = { start: new Date(bound[0] ?? EARLIEST), end: new Date(bound[1] ?? LATEST) };
    if (areIntervalsOverlapping(interval, query, { inclusive: true })) found.push(position);
  });
  return found;
}

describe("the date range index", () => {
  it("finds exactly what a full scan finds, for intervals from instants to centuries and open ones", () => {
    const next = random(2021);
    const lengths = [0, DAY - 1, 7 * DAY, 31 * DAY, 366 * DAY, 100 * 366 * DAY];
    const bounds: (DateBounds | undefined)[] = Array.from({ length: 2000 }, (_, position) => {
      if (position % 50 === 0) return undefined;
      const min = Math.floor(next() * 200 * 366 * DAY) - 100 * 366 * DAY;
      const max = min + (lengths[Math.floor(next() * lengths.length)] ?? 0);
      if (position % 97 === 0) return [null, max];
      if (position % 89 === 0) return [min, null];
      return [min, max];
    });
    const index = indexOf(bounds);
    for (let query = 0; query < 300; query++) {
      const start = Math.floor(next() * 220 * 366 * DAY) - 110 * 366 * DAY;
      const end = start + Math.floor(next() * 3 * 366 * DAY);
      expect(sorted(overlappingPositions(index, start, end))).toEqual(scan(bounds, start, end));
    }
    expect(sorted(overlappingPositions(index, EARLIEST, LATEST))).toEqual(scan(bounds, EARLIEST, LATEST));
  });

  it("counts touching ends as overlapping", () => {
    const index = indexOf([
      [10, 20],
      [21, 30],
    ]);
    expect(sorted(overlappingPositions(index, 20, 20))).toEqual([0]);
    expect(sorted(overlappingPositions(index, 20, 21))).toEqual([0, 1]);
    expect(sorted(overlappingPositions(index, 31, 40))).toEqual([]);
  });
});
