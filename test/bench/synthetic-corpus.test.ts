import { describe, expect, it } from "vitest";
import { MAX_WEEK_SHIFT, mulberry32, syntheticCorpus } from "../../bench/synthetic-corpus.js";
import { readShippedData } from "../../src/generated/shipped-data.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";

describe("syntheticCorpus", () => {
  const documents = syntheticCorpus(20, { seed: 7 });

  it("makes documents that pass the schemas and every check", () => {
    expect(validateDocuments(documents).issues).toEqual([]);
  });

  it("is deterministic: the same seed gives the same corpus, another seed another one", () => {
    expect(syntheticCorpus(20, { seed: 7 })).toEqual(documents);
    expect(syntheticCorpus(20, { seed: 8 })).not.toEqual(documents);
    expect(syntheticCorpus(5, { seed: 7 })).toEqual(documents.slice(0, 5));
    expect(mulberry32(42)()).toBe(mulberry32(42)());
  });

  it("starts with the template and keeps every document's shape and text, each with a last line of its own", () => {
    const template = readShippedData().documents[0];
    expect(documents[0]).toEqual(template);
    for (const document of documents) {
      expect(document.text.startsWith(template?.text ?? "-")).toBe(true);
      expect(document.claims.length).toBe(template?.claims.length);
      expect(document.uncertaintyMarkers.length).toBe(template?.uncertaintyMarkers.length);
    }
  });

  it("shares people and countries, renames events, and moves publication dates by whole weeks", () => {
    const [, first, second] = documents;
    const entityIds = (document: typeof first) => document?.entities.map((entity) => entity.id) ?? [];
    expect(entityIds(first)).toContain("vladimir-putin");
    expect(entityIds(second)).toContain("vladimir-putin");
    expect(entityIds(first)).toContain("zapad-2021-n1");
    expect(entityIds(second)).toContain("zapad-2021-n2");
    const days = new Set(documents.map((document) => document.document.publicationDate.value));
    expect(days.size).toBeGreaterThan(15);
    for (const day of days) {
      const date = new Date(`${day}T00:00:00Z`);
      expect(date.getUTCDay()).toBe(4);
      const weeks = Math.abs(date.getTime() - Date.UTC(2021, 8, 9)) / (7 * 86_400_000);
      expect(weeks).toBeLessThanOrEqual(MAX_WEEK_SHIFT);
    }
  });
});
