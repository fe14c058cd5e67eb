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
 * with an open or unknown end are sorted by their one finite bound, so that a binary search finds them too: every
 * document may have a few (`recently` is `../2021-09-09`), and a list scanned in full would make every query cost
 * time in proportion to the corpus.
 */
export interface DateRangeIndex {
  readonly buckets: readonly LengthBucket[];
  /** Intervals with an open start and a finite end, sorted by end: they overlap a query that starts before it. */
  readonly openStart: readonly DatedPosition[];
  /** Intervals with a finite start and an open end, sorted by start: they overlap a query that ends after it. */
  readonly openEnd: readonly DatedPosition[];
  /** Intervals open at both ends: they overlap every query. */
  readonly unbounded: readonly number[];
}

/** The bucket of an interval length: 0 for an instant, else 1 + the power of two below it. */
function bucketOf(length: number): number {
  return length === 0 ? 0 : Math.floor(Math.log2(length)) + 1;
}

/**
 * Arranges dated records for overlap queries, given as positions with their bounds (some positions of the table
 * may have none).
 *
 * @param dated - The positions that have bounds, each with its bounds.
 * @returns The range index.
 */
export function datedPositionsIndex(
  dated: readonly (readonly [position: number, bounds: DateBounds])[],
): DateRangeIndex {
  const grouped = new Map<number, DatedPosition[]>();
  const openStart: DatedPosition[] = [];
  const openEnd: DatedPosition[] = [];
  const unbounded: number[] = [];
  for (const [position, [min, max]] of dated) {
    if (min === null && max === null) unbounded.push(position);
    else if (min === null) openStart.push({ position, min: EARLIEST, max: max as number });
    else if (max === null) openEnd.push({ position, min, max: LATEST });
    else {
      const bucket = bucketOf(max - min);
      const entries = grouped.get(bucket);
      if (entries === undefined) grouped.set(bucket, [{ position, min, max }]);
      else entries.push({ position, min, max });
    }
  }
  const buckets = [...grouped.values()].map((entries) => ({
    longest: entries.reduce((longest, entry) => Math.max(longest, entry.max - entry.min), 0),
    entries: entries.sort((a, b) => a.min - b.min),
  }));
  return {
    buckets,
    openStart: openStart.sort((a, b) => a.max - b.max),
    openEnd: openEnd.sort((a, b) => a.min - b.min),
    unbounded,
  };
}

/** The index of the first entry whose `key` is at or after `instant` (binary search over entries sorted by it). */
function firstFrom(entries: readonly DatedPosition[], key: "min" | "max", instant: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle] as DatedPosition)[key] < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The positions of the records whose interval overlaps `[start, end]` (inclusive, epoch ms: what date-fns'
 * `areIntervalsOverlapping` with `inclusive` answers, without making `Date` objects), in no particular order
 * (the query sorts the positions of every type it searches at once). The work is a binary search per bucket and
 * list, then one step per result (plus, in a bucket, the shorter intervals that start in the bucket's reach but end
 * before `start`).
 *
 * @param index - The range index.
 * @param start - The earliest instant of the query (`EARLIEST` for none).
 * @param end - The latest instant of the query (`LATEST` for none).
 * @returns The positions, unordered.
 */
export function overlappingPositions(index: DateRangeIndex, start: number, end: number): number[] {
  const found: number[] = [...index.unbounded];
  for (const { longest, entries } of index.buckets) {
    for (let at = firstFrom(entries, "min", start - longest); at < entries.length; at++) {
      const entry = entries[at] as DatedPosition;
      if (entry.min > end) break;
      if (entry.max >= start) found.push(entry.position);
    }
  }
  const { openStart, openEnd } = index;
  for (let at = firstFrom(openStart, "max", start); at < openStart.length; at++) {
    found.push((openStart[at] as DatedPosition).position);
  }
  for (let at = 0; at < openEnd.length; at++) {
    const entry = openEnd[at] as DatedPosition;
    if (entry.min > end) break;
    found.push(entry.position);
  }
  return found;
}
