import { describe, expect, it } from "vitest";
import { anchorSpan } from "../../src/authoring/anchor-span.js";

const TEXT = "Putin said yes. Lukashenko said no. Peskov said nothing.";

describe("anchorSpan", () => {
  it("takes the only occurrence and fills in offsets, prefix and suffix", () => {
    expect(anchorSpan(TEXT, { exact: "Peskov" })).toEqual({
      found: true,
      span: {
        start: 36,
        end: 42,
        exact: "Peskov",
        prefix: "n said yes. Lukashenko said no. ",
        suffix: " said nothing.",
      },
    });
  });

  it("takes the n-th occurrence, counting from 1", () => {
    expect(anchorSpan(TEXT, { exact: "said", occurrence: 3 })).toMatchObject({ found: true, span: { start: 43 } });
  });

  it("takes the occurrence whose context fits the prefix or the suffix", () => {
    expect(anchorSpan(TEXT, { exact: "said", prefix: "Lukashenko " })).toMatchObject({ span: { start: 27 } });
    expect(anchorSpan(TEXT, { exact: "said", suffix: " yes" })).toMatchObject({ span: { start: 6 } });
  });

  it("lists every candidate of an ambiguous span instead of guessing", () => {
    expect(anchorSpan(TEXT, { exact: "said" })).toEqual({
      found: false,
      problem: 'the exact text occurs 3 times: add "occurrence", "prefix" or "suffix"',
      candidates: [6, 27, 43],
    });
    expect(anchorSpan(TEXT, { exact: "said", prefix: "said " })).toMatchObject({
      found: false,
      candidates: [6, 27, 43],
    });
  });

  it("reports an occurrence that does not exist, and text that is not there", () => {
    expect(anchorSpan(TEXT, { exact: "said", occurrence: 4 })).toMatchObject({
      found: false,
      problem: "occurrence 4 asked for, but the exact text occurs 3 time(s)",
    });
    expect(anchorSpan(TEXT, { exact: "said", occurrence: 0 })).toMatchObject({ found: false });
    expect(anchorSpan(TEXT, { exact: "Medvedev" })).toEqual({
      found: false,
      problem: "the exact text does not occur in the source",
      candidates: [],
    });
  });

  it("checks a given start against the text", () => {
    expect(anchorSpan(TEXT, { exact: "said", start: 27 })).toMatchObject({ found: true, span: { start: 27, end: 31 } });
    expect(anchorSpan(TEXT, { exact: "said", start: 28 })).toMatchObject({
      found: false,
      problem: "the exact text does not occur at offset 28",
    });
  });
});
