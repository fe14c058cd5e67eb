import { describe, expect, it } from "vitest";
import { codePointOffsets } from "../../src/formats/code-points.js";

describe("codePointOffsets", () => {
  it("is the identity inside the Basic Multilingual Plane", () => {
    const text = "Lukashenko’s “union” — Минск";
    const convert = codePointOffsets(text);
    for (let offset = 0; offset <= text.length; offset++) expect(convert(offset)).toBe(offset);
  });

  it("subtracts one for every surrogate pair before the offset, so [...text] slices give the same text", () => {
    const text = "𝕏 said 😀😀 then Putin";
    const convert = codePointOffsets(text);
    const start = text.indexOf("Putin");
    expect(convert(start)).toBe(start - 3);
    expect([...text].slice(convert(start), convert(text.length)).join("")).toBe("Putin");
    expect(convert(text.indexOf("said"))).toBe(text.indexOf("said") - 1);
  });

  it("rejects an offset outside the text", () => {
    expect(() => codePointOffsets("abc")(4)).toThrow(RangeError);
  });
});
