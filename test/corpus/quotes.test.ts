import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/shipped-article.js";
import { SOURCE } from "../helpers/source.js";

describe("corpus.quote and corpus.quotes", () => {
  it("anchors every quote's content in the text", () => {
    const quotes = corpus.quotes();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(corpus.text(quote.content)).toBe(quote.content.exact);
      expect(SOURCE.slice(quote.content.start, quote.content.end)).toBe(quote.content.exact);
    }
  });

  it("finds Putin's direct quote, which asks to summarise the results", () => {
    const direct = corpus.quotes({ speaker: "vladimir-putin", kind: "direct" });
    expect(direct).toHaveLength(1);
    expect(direct[0]?.content.exact).toContain("summarise the results");
    expect(corpus.quote(direct[0]?.id ?? ("" as never))).toBe(direct[0]);
  });

  it("keeps direct quotes to the words between “ and ”", () => {
    const opened = SOURCE.split("“").length - 1;
    const direct = corpus.quotes({ kind: "direct" });
    expect(direct).toHaveLength(opened);
    for (const quote of direct) {
      expect(SOURCE.lastIndexOf("“", quote.content.start)).toBeGreaterThan(
        SOURCE.lastIndexOf("”", quote.content.start),
      );
    }
  });

  it("filters by speaker, about and document, combined", () => {
    const lukashenko = corpus.quotes({ speaker: "alexander-lukashenko" });
    expect(lukashenko.length).toBeGreaterThanOrEqual(2);
    expect(lukashenko.every((quote) => quote.speaker === "alexander-lukashenko")).toBe(true);
    const aboutUnion = corpus.quotes({ about: "union-state" });
    expect(aboutUnion.every((quote) => quote.about.includes("union-state"))).toBe(true);
    const both = corpus.quotes({ speaker: "alexander-lukashenko", about: "union-state" });
    expect(both).toEqual(lukashenko.filter((quote) => quote.about.includes("union-state")));
    expect(corpus.quotes({ document: "putin-lukashenko-union-state-talks" })).toEqual(corpus.quotes());
    expect(corpus.quotes({ document: "another-document" as never })).toEqual([]);
  });

  it("returns undefined for an id of another kind, and frozen results", () => {
    expect(corpus.quote("claim-moscow-200000-troops" as never)).toBeUndefined();
    expect(Object.isFrozen(corpus.quotes({ kind: "indirect" }))).toBe(true);
  });
});
