import { describe, expect, it } from "vitest";
import { statedNumbers } from "../../src/validate/stated-numbers.js";

describe("statedNumbers", () => {
  it.each([
    ["200,000 troops", [200_000]],
    ["1.5 million people", [1_500_000]],
    ["two hundred and five", [205]],
    ["twenty-five", [25]],
    ["the twenty-first century", [21]],
    ["two hundred thousand", [200_000]],
    ["two thousand and twenty-one", [2_021]],
    ["from 10-16 September", [10, 16]],
    ["down -3 points", [-3]],
    ["no number at all", []],
  ])("reads %s as %j", (phrase, numbers) => {
    expect(statedNumbers(phrase, { words: true })).toEqual(numbers);
  });

  it("gives no number for a vague amount", () => {
    expect(statedNumbers("tens of thousands", { words: true })).toBeUndefined();
    expect(statedNumbers("several hundred", { words: true })).toBeUndefined();
  });

  it("reads only digits when words are not asked for", () => {
    expect(statedNumbers("four of the 12", { words: false })).toEqual([12]);
  });
});
