import type { Postings, RecordTable } from "../indexes/record-table.js";

/**
 * The positions a filter allows, as a union of ascending lists (one per index key the filter accepts), or undefined
 * when the filter is not set.
 */
export type Candidates = readonly ArrayLike<number>[] | undefined;

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
function size(lists: readonly ArrayLike<number>[]): number {
  return lists.reduce((total, list) => total + list.length, 0);
}

/**
 * The positions of a union of lists (each in any order), ascending and without repeats. Few positions are sorted in
 * a typed array (numerically, without a comparator call per pair); many (more than a sixteenth of the table) are
 * marked in a byte per record and collected in one sweep, so that a union with many results (a date range over
 * every type, `polarity: "-"`) costs less than scanning every record, as an application would.
 *
 * @param lists - Positions in a table.
 * @param tableSize - How many records the table holds.
 * @returns The positions, ascending.
 *
 * @example
 * Array.from(ascendingUnion([[5, 1], [3, 1]], 8))
 * //=> [1, 3, 5]
 */
export function ascendingUnion(lists: readonly ArrayLike<number>[], tableSize: number): ArrayLike<number> {
  const total = size(lists);
  if (total * 16 > tableSize) {
    const marked = new Uint8Array(tableSize);
    for (const list of lists) for (let at = 0; at < list.length; at++) marked[list[at] as number] = 1;
    const positions: number[] = [];
    for (let position = 0; position < tableSize; position++) if (marked[position] === 1) positions.push(position);
    return positions;
  }
  const all = new Int32Array(total);
  let end = 0;
  for (const list of lists) {
    all.set(list, end);
    end += list.length;
  }
  all.sort();
  let unique = 0;
  for (let at = 0; at < all.length; at++) {
    if (unique === 0 || all[at] !== all[unique - 1]) all[unique++] = all[at] as number;
  }
  return all.subarray(0, unique);
}

/** The positions of the narrowest filter that is set, ascending, or undefined when none is set. */
function narrowestPositions(candidates: readonly Candidates[], tableSize: number): ArrayLike<number> | undefined {
  let narrowest: readonly ArrayLike<number>[] | undefined;
  for (const lists of candidates) {
    if (lists !== undefined && (narrowest === undefined || size(lists) < size(narrowest))) narrowest = lists;
  }
  if (narrowest === undefined) return undefined;
  // A single list of an index is ascending already; a union is sorted.
  return narrowest.length === 1 ? (narrowest[0] as ArrayLike<number>) : ascendingUnion(narrowest, tableSize);
}

/**
 * The records that pass every filter, in corpus order, as a frozen array. Only the smallest candidate set is
 * walked, so a query costs time in proportion to its most selective indexed filter, not to the corpus.
 *
 * @param table - The records.
 * @param candidates - One entry per indexed filter (undefined when the filter is not set); every record when no
 *   filter is set.
 * @param keep - Whether a candidate, given its position, passes every filter; undefined when every candidate does.
 * @returns The records that pass.
 */
export function select<Record>(
  table: RecordTable<Record>,
  candidates: readonly Candidates[],
  keep: ((record: Record, position: number) => boolean) | undefined,
): readonly Record[] {
  const { records } = table;
  const positions = narrowestPositions(candidates, records.length);
  const results: Record[] = [];
  if (positions === undefined) {
    for (let position = 0; position < records.length; position++) {
      if (keep === undefined || keep(records[position] as Record, position)) results.push(records[position] as Record);
    }
  } else {
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at] as number;
      if (keep === undefined || keep(records[position] as Record, position)) results.push(records[position] as Record);
    }
  }
  return Object.freeze(results);
}

/**
 * The positions that pass every filter, ascending: {@link select} for records that are made only when returned (the
 * entities), so that the filters are tested without making a record.
 *
 * @param tableSize - How many records the table holds.
 * @param candidates - One entry per indexed filter (undefined when the filter is not set); every position when no
 *   filter is set.
 * @param keep - Whether a candidate position passes every filter.
 * @returns The positions that pass.
 *
 * @example
 * selectPositions(10, [[[2, 4, 6]], [[1, 2, 3, 4, 5, 6, 7]]], (position) => position > 2)
 * //=> [4, 6]
 */
export function selectPositions(
  tableSize: number,
  candidates: readonly Candidates[],
  keep: (position: number) => boolean,
): number[] {
  const positions = narrowestPositions(candidates, tableSize);
  const results: number[] = [];
  const count = positions === undefined ? tableSize : positions.length;
  for (let at = 0; at < count; at++) {
    const position = positions === undefined ? at : (positions[at] as number);
    if (keep(position)) results.push(position);
  }
  return results;
}

/**
 * {@link select} for a query whose every filter is indexed, so that the positions of a filter are exactly the records
 * that pass it: when one filter is set, its positions are the answer and `keep` is not called. A filter that finds
 * twenty thousand claims then costs no second test of each (an application's `filter` tests each record once).
 *
 * @param table - The records.
 * @param candidates - One entry per filter (undefined when the filter is not set).
 * @param keep - Whether a candidate, given its position, passes every filter.
 * @returns The records that pass.
 */
export function selectIndexed<Record>(
  table: RecordTable<Record>,
  candidates: readonly Candidates[],
  keep: (record: Record, position: number) => boolean,
): readonly Record[] {
  const set = candidates.filter((lists) => lists !== undefined).length;
  return select(table, candidates, set === 1 ? undefined : keep);
}
