import type { Postings, RecordTable } from "../indexes/record-table.js";

/**
 * The positions a filter allows, as a union of ascending lists (one per index key the filter accepts), or undefined
 * when the filter is not set.
 */
export type Candidates = readonly (readonly number[])[] | undefined;

/**
 * The positions an index holds for the values a filter accepts: undefined when the filter is not set, none for
 * unknown values. The index is passed as a function and read only when the filter is set, so that a query builds
 * the postings of the filters it uses and no others.
 *
 * @param index - Reads the positions by key.
 * @param keys - The accepted value, or values (any of them may match).
 * @returns The candidates.
 */
export function lookup(index: () => Postings, keys: string | readonly string[] | undefined): Candidates {
  if (keys === undefined) return undefined;
  const postings = index();
  return (typeof keys === "string" ? [keys] : keys).map((key) => postings.get(key) ?? []);
}

/**
 * Whether a value is the one a filter wants, or one of the values it wants.
 *
 * @param value - A record's value.
 * @param wanted - The filter's value, or values (any of them may match).
 * @returns True when it matches.
 *
 * @example
 * isWanted("belarus", ["russia", "belarus"])
 * //=> true
 */
export function isWanted(value: string, wanted: string | readonly string[]): boolean {
  return typeof wanted === "string" ? value === wanted : wanted.includes(value);
}

/** The number of positions in a union of lists. */
function size(lists: readonly (readonly number[])[]): number {
  return lists.reduce((total, list) => total + list.length, 0);
}

/** The positions of a union of lists, ascending and without repeats; a single list is used as it is. */
function positionsOf(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0] as readonly number[];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/**
 * The records that pass every filter, in corpus order, as a frozen array. Only the smallest candidate set is
 * walked, so a query costs time in proportion to its most selective indexed filter, not to the corpus.
 *
 * @param table - The records.
 * @param candidates - One entry per indexed filter (undefined when the filter is not set); every record when no
 *   filter is set.
 * @param keep - Whether a candidate, given its position, passes every filter.
 * @returns The records that pass.
 */
export function select<Record>(
  table: RecordTable<Record>,
  candidates: readonly Candidates[],
  keep: (record: Record, position: number) => boolean,
): readonly Record[] {
  let narrowest: readonly (readonly number[])[] | undefined;
  for (const lists of candidates) {
    if (lists !== undefined && (narrowest === undefined || size(lists) < size(narrowest))) narrowest = lists;
  }
  const results: Record[] = [];
  for (const position of narrowest === undefined ? table.records.keys() : positionsOf(narrowest)) {
    const record = table.records[position] as Record;
    if (keep(record, position)) results.push(record);
  }
  return Object.freeze(results);
}
