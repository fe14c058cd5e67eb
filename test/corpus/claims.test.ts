import { describe, expect, it } from "vitest";
import type { CertaintyLevel } from "../../src/exports/index.js";
import { corpus } from "../helpers/shipped-article.js";

const LEVELS: readonly CertaintyLevel[] = ["CT", "PR", "PS", "U"];

/** A claim found through its evidence in the text. */
function claimSaying(words: string) {
  const claim = corpus.claims().find((candidate) => candidate.evidence.exact.includes(words));
  if (claim === undefined) throw new Error(`no claim whose evidence says "${words}"`);
  return claim;
}

describe("corpus.claims", () => {
  it("orders FactBank levels CT > PR > PS > U: each level includes the more certain ones", () => {
    const sets = LEVELS.map((level) => new Set(corpus.claims({ minCertainty: level }).map((claim) => claim.id)));
    for (let index = 1; index < sets.length; index++) {
      for (const id of sets[index - 1] ?? []) expect(sets[index]?.has(id)).toBe(true);
    }
    expect(sets[3]?.size).toBe(corpus.claims().length);
    for (const claim of corpus.claims({ minCertainty: "CT" })) expect(claim.factuality.claimant).toMatch(/^CT/);
    for (const claim of corpus.claims({ minCertainty: "PS" })) expect(claim.factuality.claimant).not.toBe("Uu");
  });

  it("reads the claimant's view by default and the author's view on request", () => {
    // "Moscow has claimed that as many as 200,000 troops ...": Moscow is certain, the article only reports it.
    const moscow = claimSaying("200,000 troops were taking part");
    expect(corpus.claims({ minCertainty: "CT" })).toContain(moscow);
    expect(corpus.claims({ minCertainty: "CT", view: "claimant" })).toContain(moscow);
    expect(corpus.claims({ minCertainty: "PS", view: "author" })).not.toContain(moscow);
    expect(corpus.claims({ view: "author", polarity: "u" })).toContain(moscow);
  });

  it("filters by polarity: 'no documents were expected to be signed' is negative", () => {
    const peskov = claimSaying("no documents were expected to be signed");
    const negative = corpus.claims({ polarity: "-" });
    expect(negative).toContain(peskov);
    expect(negative.every((claim) => claim.factuality.claimant.endsWith("-"))).toBe(true);
    expect(corpus.claims({ polarity: "+" })).not.toContain(peskov);
  });

  it("filters by claimant (an entity or the author) and about", () => {
    const peskov = corpus.claims({ claimant: "dmitri-peskov" });
    expect(peskov.length).toBeGreaterThan(0);
    expect(peskov.every((claim) => claim.claimant === "dmitri-peskov")).toBe(true);
    expect(corpus.claims({ claimant: "author" }).every((claim) => claim.claimant === "author")).toBe(true);
    const aboutNato = corpus.claims({ about: "nato" });
    expect(aboutNato.length).toBeGreaterThan(0);
    expect(aboutNato.every((claim) => claim.about.includes("nato"))).toBe(true);
  });

  it("finds related claims in both directions", () => {
    const moscow = claimSaying("200,000 troops were taking part");
    const estimate = claimSaying("tens of thousands");
    expect(corpus.claims({ relatedTo: moscow.id })).toContain(estimate);
    expect(corpus.claims({ relatedTo: estimate.id })).toContain(moscow);
    for (const claim of corpus.claims()) {
      for (const related of corpus.claims({ relatedTo: claim.id })) {
        expect(corpus.claims({ relatedTo: related.id })).toContain(claim);
      }
    }
  });

  it("finds a claim by id, and nothing for an unknown document", () => {
    const moscow = claimSaying("200,000 troops were taking part");
    expect(corpus.claim(moscow.id)).toBe(moscow);
    expect(corpus.claims({ document: "elsewhere" as never })).toEqual([]);
  });
});

describe("corpus.conflicts", () => {
  it("includes the troop-number conflict with its reason", () => {
    const moscow = claimSaying("200,000 troops were taking part");
    const estimate = claimSaying("tens of thousands");
    const conflict = corpus.conflicts().find(({ claims }) => claims.includes(moscow) && claims.includes(estimate));
    expect(conflict).toBeDefined();
    expect(conflict?.reasons.length).toBeGreaterThan(0);
  });

  it("lists each unordered pair once, and only contradictions", () => {
    const keys = corpus.conflicts().map(({ claims }) =>
      claims
        .map((claim) => claim.id)
        .sort()
        .join(" "),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const { claims } of corpus.conflicts()) {
      const [a, b] = claims;
      const linked =
        a.relations.some((relation) => relation.type === "contradicts" && relation.target === b.id) ||
        b.relations.some((relation) => relation.type === "contradicts" && relation.target === a.id);
      expect(linked).toBe(true);
    }
  });
});
