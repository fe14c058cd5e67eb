import { describe, expect, it } from "vitest";
import { reanchorSpan } from "../../src/authoring/reanchor-span.js";
import { spanAt } from "../../src/authoring/span-at.js";

const OLD = "Putin said yes. Lukashenko said no. Peskov said nothing.";

describe("reanchorSpan", () => {
  it("keeps a span whose text and context are unchanged", () => {
    const span = spanAt(OLD, 27, 31);
    expect(reanchorSpan(OLD, span)).toEqual({ status: "unchanged", span });
  });

  it("follows a span shifted by an insertion, by its context rather than by the first occurrence", () => {
    const text = `Moscow, Thursday. ${OLD}`;
    expect(reanchorSpan(text, spanAt(OLD, 27, 31))).toMatchObject({ status: "shifted", span: { start: 45, end: 49 } });
  });

  it("does not keep a span at its old offsets when the same words there are another passage", () => {
    // "said" stays at offset 27 only by chance: Lukashenko's "said" moved to 47.
    const text = "Putin said yes. Belarus he said it. Lukashenko said no. Peskov said nothing.";
    expect(text.slice(27, 31)).toBe("said");
    expect(reanchorSpan(text, spanAt(OLD, 27, 31))).toMatchObject({ status: "shifted", span: { start: 47 } });
  });

  it("places a re-spelt word approximately, with a score, and gives its new text", () => {
    const result = reanchorSpan("Putin said yes. Lukashenka said no. Peskov said nothing.", spanAt(OLD, 16, 26));
    expect(result).toMatchObject({ status: "fuzzy", span: { start: 16, end: 26, exact: "Lukashenka" } });
    expect(result.status === "fuzzy" && result.score).toBeGreaterThan(0.8);
  });

  it("orphans a span whose words are gone, even when the same words occur elsewhere", () => {
    const text = "Putin said yes. Lukashenko shook his head. Peskov said nothing.";
    expect(reanchorSpan(text, spanAt(OLD, 27, 31))).toMatchObject({ status: "orphan" });
  });

  it("orphans a span that two places match equally well", () => {
    const span = { start: 0, end: 4, exact: "said" };
    expect(reanchorSpan("x said y said", span)).toEqual({
      status: "orphan",
      reason: "several places match it equally well",
    });
    const twice = "A said B. A said B.";
    expect(reanchorSpan(twice, { start: 40, end: 44, exact: "said", prefix: "A ", suffix: " B" })).toEqual({
      status: "orphan",
      reason: "several places match it equally well",
    });
  });
});
