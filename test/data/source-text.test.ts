import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the shipped source text", () => {
  it("is byte-identical to the article the annotation was made on (sha256 from the dataset issue)", () => {
    const bytes = readFileSync("data/putin-lukashenko-union-state-talks/source.txt");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "cceca4384d319476e654ab8d57380bc5ff8814ea26e5fb893cd3136992126010",
    );
  });
});
