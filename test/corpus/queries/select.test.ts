import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ascendingUnion } from "../../../src/corpus/queries/select.js";

describe("ascendingUnion", () => {
  it("is the sorted set of every position, for few positions (sorted) and many (marked and swept)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2000 })
          .chain((tableSize) =>
            fc.tuple(
              fc.constant(tableSize),
              fc.array(fc.array(fc.integer({ min: 0, max: tableSize - 1 }), { maxLength: 300 }), { maxLength: 4 }),
            ),
          ),
        ([tableSize, lists]) => {
          const expected = [...new Set(lists.flat())].sort((a, b) => a - b);
          expect(Array.from(ascendingUnion(lists, tableSize))).toEqual(expected);
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });
});
