import type { FilePosition } from "./file-position.js";

/**
 * Turns offsets in a text into 1-based lines and columns (columns count UTF-16 code units, as editors that report
 * JavaScript offsets do). The line starts are found once, so each look-up is a binary search.
 *
 * @param text - The text the offsets point into.
 * @returns A function from an offset to its line and column.
 *
 * @example
 * textPositions("one\ntwo")(5)
 * //=> { line: 2, column: 2 }
 */
export function textPositions(text: string): (offset: number) => FilePosition {
  const starts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
