import { areIntervalsOverlapping } from "date-fns/areIntervalsOverlapping";
import type { DateBounds } from "../../dates/date-bounds.js";

/** The latest instant a JavaScript `Date` can hold (epoch ms): stands for an open end. */
export const LATEST = 8.64e15;
/** The earliest instant a JavaScript `Date` can hold (epoch ms): stands for an open start. */
export const EARLIEST = -LATEST;

/** A dated record's position with its bounds, open ends replaced by `EARLIEST` / `LATEST`. */
interface DatedPosition {
  readonly position: number;
  readonly min: number;
  readonly max: number;
}

/** Closed intervals of similar length, sorted by start, with the longest length among them. */
interface LengthBucket {
  readonly longest: number;
  readonly entries: readonly DatedPosition[];
}

/**
 * Dated records arranged for overlap queries. Closed intervals are grouped by length (one bucket per power of two
 * of milliseconds) and sorted by start: in a bucket, an interval that overlaps `[start, end]` starts between
 * `start - longest` and `end`, so a binary search finds the first candidate and the walk stops at `end`. Grouping
 * by length keeps one long interval (a century) from widening the search for every short one (a day). Intervals
 * with an open or unknown end are few and kept in a list of their own.
 */
export interface DateRangeIndex {
  readonly buckets: readonly LengthBucket[];
  readonly open: readonly DatedPosition[];
}

/**
 * Whether the interval `[min, max]` overlaps `[start, end]`, both inclusive (epoch ms), with date-fns.
 *
 * @param min - The record's earliest instant.
 * @param max - The record's latest instant.
 * @param start - The query's earliest instant.
 * @param end - The query's latest instant.
 * @returns True when they share at least one instant.
 *
 * @example
 * overlaps(Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31), Date.UTC(2021, 8, 1), Date.UTC(2021, 8, 30))
 * //=> true
 */
export function overlaps(min: number, max: number, start: number, end: number): boolean {
  return areIntervalsOverlapping({ start: min, end: max }, { start, end }, { inclusive: true });
}

/** The bucket of an interval length: 0 for an instant, else 1 + the power of two below it. */
function bucketOf(length: number): number {
  return length === 0 ? 0 : Math.floor(Math.log2(length)) + 1;
}

/**
 * Arranges dated records for overlap queries.
 *
 * @param bounds - For each position of a record table, its bounds, or undefined when it has no place in time.
 * @returns The range index.
 */
export function dateRangeIndex(bounds: readonly (DateBounds | undefined)[]): DateRangeIndex {
  const grouped = new Map<number, DatedPosition[]>();
  const open: DatedPosition[] = [];
  bounds.forEach((bound, position) => {
    if (bound === undefined) return;
    const [min, max] = bound;
    if (min === null || max === null) {
      open.push({ position, min: min ?? EARLIEST, max: max ?? LATEST });
      return;
    }
    const bucket = bucketOf(max - min);
    const entries = grouped.get(bucket) ?? [];
    entries.push({ position, min, max });
    grouped.set(bucket, entries);
  });
  const buckets = [...grouped.values()].map((entries) => ({
    longest: Math.max(...entries.map((entry) => entry.max - entry.min)),
    entries: entries.sort((a, b) => a.min - b.min),
  }));
  return { buckets, open };
}

/** The index of the first entry that starts at or after `instant` (binary search). */
function firstStartingFrom(entries: readonly DatedPosition[], instant: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] as DatedPosition).min < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The positions of the records whose interval overlaps `[start, end]` (inclusive, epoch ms), ascending.
 *
 * @param index - The range index.
 * @param start - The earliest instant of the query (`EARLIEST` for none).
 * @param end - The latest instant of the query (`LATEST` for none).
 * @returns The positions, in corpus order.
 */
export function overlappingPositions(index: DateRangeIndex, start: number, end: number): number[] {
  const found: number[] = [];
  for (const { longest, entries } of index.buckets) {
    for (let at = firstStartingFrom(entries, start - longest); at < entries.length; at++) {
      const entry = entries[at] as DatedPosition;
      if (entry.min > end) break;
      if (overlaps(entry.min, entry.max, start, end)) found.push(entry.position);
    }
  }
  for (const entry of index.open) if (overlaps(entry.min, entry.max, start, end)) found.push(entry.position);
  return found.sort((a, b) => a - b);
}
