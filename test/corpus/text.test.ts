import { describe, expect, it } from "vitest";
import { DATA_MODEL } from "../../src/generated/data-model.js";
import { kindNamed } from "../../src/model/kind-named.js";
import { mainSpanOf } from "../../src/model/walkers.js";
import { corpus } from "../helpers/shipped-article.js";
import { SOURCE } from "../helpers/source.js";

const putinQuote = () => corpus.quotes({ speaker: "vladimir-putin", kind: "direct" })[0];
const lukashenkoQuote = () => corpus.quotes({ speaker: "alexander-lukashenko", kind: "direct" })[0];

describe("corpus.text", () => {
  it("returns the text of any range", () => {
    expect(corpus.text({ start: 0, end: 5 })).toBe(SOURCE.slice(0, 5));
    expect(corpus.text({ start: 3, end: 3 }, "putin-lukashenko-union-state-talks")).toBe("");
  });

  it("throws a RangeError for a range outside the text or an unknown document", () => {
    expect(() => corpus.text({ start: 5, end: 2 })).toThrow(RangeError);
    expect(() => corpus.text({ start: 0, end: SOURCE.length + 1 })).toThrow(RangeError);
    expect(() => corpus.text({ start: 0.5, end: 2 })).toThrow(RangeError);
    expect(() => corpus.text({ start: 0, end: 1 }, "elsewhere" as never)).toThrow(RangeError);
  });
});

describe("corpus.context", () => {
  it("gives 32 code units around the main span by default", () => {
    const quote = putinQuote();
    if (quote === undefined) throw new Error("no direct quote by Putin");
    const { start, end } = quote.content;
    expect(corpus.context(quote)).toEqual({
      before: SOURCE.slice(start - 32, start),
      exact: SOURCE.slice(start, end),
      after: SOURCE.slice(end, end + 32),
    });
  });

  it("takes an entity's first mention, clips at the text's edges and checks chars", () => {
    const putin = corpus.entity("vladimir-putin");
    if (putin === undefined) throw new Error("no Putin");
    const first = SOURCE.indexOf("Putin");
    expect(corpus.context(putin, { chars: 1000 }).before).toBe(SOURCE.slice(0, first));
    expect(corpus.context(putin, { chars: 0 })).toEqual({ before: "", exact: "Putin", after: "" });
    expect(() => corpus.context(putin, { chars: -1 })).toThrow(RangeError);
  });
});

describe("corpus.sentenceOf", () => {
  it("gives the sentence of Putin's quote, across the closing quotation mark", () => {
    const sentence = corpus.sentenceOf(putinQuote() ?? ({} as never));
    expect(sentence.exact.startsWith("“I asked you")).toBe(true);
    expect(sentence.exact.endsWith("in principle in 1999.")).toBe(true);
    expect(SOURCE.slice(sentence.start, sentence.end)).toBe(sentence.exact);
  });

  it("does not end a sentence at the mid-sentence ellipsis of Lukashenko's quote", () => {
    const sentence = corpus.sentenceOf(lukashenkoQuote() ?? ({} as never));
    expect(sentence.exact).toContain("… nearly a single people");
    expect(sentence.exact.endsWith("in a rhetorical flourish.")).toBe(true);
  });

  it("treats the headline as one sentence", () => {
    const headline = SOURCE.slice(0, SOURCE.indexOf("\n"));
    const putin = corpus.entity("vladimir-putin");
    expect(corpus.sentenceOf(putin ?? ({} as never)).exact).toBe(headline);
  });

  it("contains the main span of every record", () => {
    const records = [
      ...corpus.quotes().map((record) => ({ kind: "quote" as const, record })),
      ...corpus.claims().map((record) => ({ kind: "claim" as const, record })),
      ...corpus.dates().map((record) => ({ kind: "temporalExpression" as const, record })),
      ...corpus.uncertainty().map((record) => ({ kind: "uncertaintyMarker" as const, record })),
    ];
    expect(records.length).toBeGreaterThan(50);
    for (const { kind, record } of records) {
      const sentence = corpus.sentenceOf(record);
      const span = mainSpanOf(kindNamed(DATA_MODEL, kind), record);
      if (span === undefined) throw new Error(`${record.id} has no main span`);
      expect(sentence.start).toBeLessThanOrEqual(span.start);
      expect(sentence.end).toBeGreaterThanOrEqual(span.end);
      expect(SOURCE.slice(sentence.start, sentence.end)).toBe(sentence.exact);
    }
  });

  it("throws a RangeError for a record that is not in the corpus", () => {
    const quote = putinQuote();
    expect(() => corpus.sentenceOf({ ...(quote ?? ({} as never)), id: "quote-elsewhere" as never })).toThrow(
      RangeError,
    );
  });
});

describe("corpus.documentOf", () => {
  it("names the document of any record", () => {
    const [claim] = corpus.claims();
    expect(corpus.documentOf(claim ?? ({} as never))).toBe("putin-lukashenko-union-state-talks");
  });
});
