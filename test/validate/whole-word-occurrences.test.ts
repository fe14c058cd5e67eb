import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWordOccurrences } from "../../src/validate/whole-word-occurrences.js";

/** The definition: every place the name occurs whose neighbours on both sides are not letters or digits. */
function naiveStarts(text: string, name: string): number[] {
  const letterOrDigit = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);
  const starts: number[] = [];
  for (let start = 0; start + name.length <= text.length; start++) {
    if (text.slice(start, start + name.length) !== name) continue;
    if (!letterOrDigit(text[start - 1]) && !letterOrDigit(text[start + name.length])) starts.push(start);
  }
  return starts;
}

describe("wholeWordOccurrences", () => {
  it("finds a name as a whole word only, longer names and repeats included", () => {
    const found = wholeWordOccurrences("Voss met Clara Voss. Vossberg is far; Voss-Ode, 2Voss.", [
      "Voss",
      "Clara Voss",
    ]);
    expect(found).toEqual(
      new Map([
        ["Voss", [0, 15, 38]],
        ["Clara Voss", [9]],
      ]),
    );
  });

  it("agrees with a naive scan on any text and names, letters outside ASCII and lone surrogates included", () => {
    const piece = fc.constantFrom("a", "b", "ab", "A", "é", "1", " ", "-", "’", "“", "𝐀", "\uD835", "Я");
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
    const name = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(text, fc.array(name, { maxLength: 5 }), (subject, names) => {
        const found = wholeWordOccurrences(subject, names);
        for (const each of names) expect(found.get(each)).toEqual(naiveStarts(subject, each));
      }),
      { numRuns: 2000 },
    );
  });
});
