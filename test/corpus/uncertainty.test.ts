import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/shipped-article.js";

describe("corpus.uncertainty", () => {
  it("finds the markers that affect a record", () => {
    const claim = corpus.claims().find(({ evidence }) => evidence.exact.includes("200,000 troops"));
    if (claim === undefined) throw new Error("no claim about 200,000 troops");
    const markers = corpus.uncertainty({ target: claim.id });
    const cues = markers.map((marker) => marker.cue.exact);
    expect(cues).toContain("as many as");
    expect(cues).toContain("has claimed");
    expect(markers.every((marker) => marker.affects.includes(claim.id))).toBe(true);
  });

  it("filters by category", () => {
    const modals = corpus.uncertainty({ category: "epistemic-modal" });
    const cues = modals.map((marker) => marker.cue.exact);
    // "may" appears twice in the text as a hedge, "could" once.
    expect(cues.filter((cue) => cue === "may")).toHaveLength(2);
    expect(cues).toContain("could");
    expect(modals.every((marker) => marker.category === "epistemic-modal")).toBe(true);
  });

  it("returns every marker without a filter", () => {
    expect(corpus.uncertainty().length).toBe(corpus.documents[0]?.uncertaintyMarkers.length);
  });
});

describe("corpus.certaintyOf", () => {
  it("gives a claim's factuality from both views and its markers", () => {
    // "A Belarusian ambassador had said that the two sides may sign the agreements on Thursday evening".
    const ambassador = corpus.claims().find(({ evidence }) => evidence.exact.startsWith("the two sides may sign"));
    const certainty = corpus.certaintyOf(ambassador?.id ?? ("" as never));
    expect(certainty?.kind).toBe("claim");
    if (certainty?.kind !== "claim") return;
    expect(certainty.factuality).toEqual(ambassador?.factuality);
    expect(certainty.markers.map((marker) => marker.cue.exact)).toContain("may");
  });

  it("gives a temporal expression's certainty and markers", () => {
    const october = corpus.dates().find(({ span }) => span.exact === "in October or later");
    const certainty = corpus.certaintyOf(october?.id ?? ("" as never));
    expect(certainty?.kind).toBe("temporalExpression");
    if (certainty?.kind !== "temporalExpression") return;
    // "he said that ... a programme may only be adopted in October or later": the date is Lukashenko's, so not
    // certain; "may" hedges the adoption, not the date, so it is not among the date's markers.
    expect(certainty.certainty).toBeLessThan(1);
    expect(certainty.markers.map((marker) => marker.cue.exact)).toEqual(["said"]);
  });

  it("gives a quote's markers", () => {
    const [peskov] = corpus.quotes({ speaker: "dmitri-peskov" });
    const certainty = corpus.certaintyOf(peskov?.id ?? ("" as never));
    expect(certainty?.kind).toBe("quote");
    expect(certainty?.markers.map((marker) => marker.cue.exact)).toContain("said");
  });

  it("gives the inferred publication date a certainty below 1, and nothing for unknown ids", () => {
    const certainty = corpus.certaintyOf("publication-date");
    expect(certainty?.kind).toBe("publicationDate");
    if (certainty?.kind === "publicationDate") expect(certainty.certainty).toBeLessThan(1);
    expect(corpus.certaintyOf("no-such-record" as never)).toBeUndefined();
  });
});
