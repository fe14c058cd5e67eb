import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  ClaimRecord,
  Corpus,
  EntityMention,
  EntityRecord,
  QuoteFilter,
  QuoteRecord,
  RecordCertainty,
  ShippedIds,
  TemporalExpressionRecord,
  TimelineEntry,
} from "../../src/exports/index.js";
import { corpus } from "../../src/exports/index.js";
import { createCorpus } from "../../src/exports/validate.js";

describe("typed ids", () => {
  it("types the shipped corpus with its literal ids", () => {
    expectTypeOf(corpus).toEqualTypeOf<Corpus<ShippedIds>>();
    expectTypeOf(corpus.entity).parameter(0).toEqualTypeOf<ShippedIds["entity"]>();
    expectTypeOf<"vladimir-putin">().toMatchTypeOf<ShippedIds["entity"]>();
    // @ts-expect-error a misspelt id does not compile
    corpus.entity("vladimir-putn");
    // @ts-expect-error a claim id is not a quote id
    corpus.quote("claim-moscow-200000-troops");
    // @ts-expect-error an unknown speaker does not compile
    corpus.quotes({ speaker: "vladimir-putn" });
  });

  it("hands out deeply read-only records whose ids round-trip into the queries", () => {
    expectTypeOf(corpus.entity("vladimir-putin")).toEqualTypeOf<EntityRecord<ShippedIds> | undefined>();
    expectTypeOf(corpus.quotes()).toEqualTypeOf<readonly QuoteRecord<ShippedIds>[]>();
    expectTypeOf(corpus.claims()).toEqualTypeOf<readonly ClaimRecord<ShippedIds>[]>();
    expectTypeOf(corpus.dates()).toEqualTypeOf<readonly TemporalExpressionRecord<ShippedIds>[]>();
    expectTypeOf(corpus.mentions("vladimir-putin")).toEqualTypeOf<readonly EntityMention<ShippedIds["document"]>[]>();
    expectTypeOf(corpus.timeline()).toEqualTypeOf<readonly TimelineEntry<ShippedIds>[]>();
    expectTypeOf(corpus.certaintyOf("publication-date")).toEqualTypeOf<RecordCertainty<ShippedIds> | undefined>();
    const [quote] = corpus.quotes();
    if (quote === undefined) return;
    expectTypeOf(quote.speaker).toEqualTypeOf<ShippedIds["entity"]>();
    expectTypeOf(corpus.entity(quote.speaker)).toEqualTypeOf<EntityRecord<ShippedIds> | undefined>();
    expect(() => {
      // @ts-expect-error records are read-only, and frozen at run time
      quote.speaker = "vladimir-putin";
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error nested arrays too
      quote.about.push("vladimir-putin");
    }).toThrow(TypeError);
  });

  it("defaults the record and filter types to the shipped ids, so records pass back into the corpus untyped", () => {
    expectTypeOf<QuoteRecord>().toEqualTypeOf<QuoteRecord<ShippedIds>>();
    expectTypeOf<ClaimRecord>().toEqualTypeOf<ClaimRecord<ShippedIds>>();
    const speakerOf = (quote: QuoteRecord) => corpus.entity(quote.speaker);
    const claimantsOf = (claims: readonly ClaimRecord[]) =>
      claims.flatMap((claim) => (claim.claimant === "author" ? [] : [corpus.entity(claim.claimant)]));
    const about: QuoteFilter = { about: ["union-state", "union-state-programme"] };
    const [quote] = corpus.quotes(about);
    expect(quote && speakerOf(quote)?.kind).toBe("person");
    expect(claimantsOf(corpus.claims({ claimant: "dmitri-peskov" })).map((entity) => entity?.id)).toContain(
      "dmitri-peskov",
    );
  });

  it("types a run-time corpus with strings", () => {
    expectTypeOf(createCorpus).returns.toEqualTypeOf<Corpus>();
    expectTypeOf<Corpus["entity"]>().parameter(0).toEqualTypeOf<string>();
  });
});
