/**
 * The corpus grows past one article: the fictional fixture article (test/fixtures/fictional-river-forum), added to a
 * temporary copy of the project's data, goes through everything the shipped data goes through (validation, the
 * generated typed ids and data catalogue, the queries) without breaking or mixing up either document.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_CATALOGUE_FILE } from "../../src/build/data-catalogue.js";
import { GENERATED_FOLDER, generatedFiles } from "../../src/build/generate.js";
import type { Corpus } from "../../src/corpus/corpus.js";
import { createCorpus } from "../../src/exports/validate.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import {
  ARTICLE_ID,
  copyDataWithFixture,
  copyDocuments,
  DATA_DIRECTORY,
  FIXTURE_ARTICLE_FOLDER,
  FIXTURE_ARTICLE_ID,
  REGISTRY_FOLDER,
} from "../helpers/data-copy.js";

let directory = "";
let documents: readonly AnnotatedDocument[] = [];
let corpus: Corpus;

beforeAll(() => {
  directory = copyDataWithFixture();
  const result = validateDirectory(directory);
  expect(result.issues).toEqual([]);
  documents = result.documents;
  corpus = createCorpus(documents);
});

/** The document of a record, read from the documents themselves rather than from the corpus under test. */
function documentDefining(collection: "quotes" | "claims", id: string): string | undefined {
  return documents.find((document) => document[collection].some((record) => record.id === id))?.document.id;
}

describe("the fictional fixture article", () => {
  it("is valid on its own, and is clearly fictional", () => {
    // With the registry entries it uses (its people and countries are the shipped article's), and nothing else.
    const alone = validateDirectory(copyDocuments(FIXTURE_ARTICLE_FOLDER));
    expect(alone.issues).toEqual([]);
    const fixture = alone.documents.find((document) => document.document.id === FIXTURE_ARTICLE_ID);
    expect(fixture?.document.title).toMatch(/^Fictional: /);
    expect(fixture?.text).toContain("This article is fictional");
    for (const person of ["vladimir-putin", "alexander-lukashenko", "dmitri-peskov"]) {
      expect(fixture?.entities.map((entity) => entity.id)).toContain(person);
    }
  });
});

describe("a copy of the project's data with the fixture article added", () => {
  it("validates with every check: each document of the data, and the fixture article", () => {
    // A document's folder is named by its id; the fixture may already be in data/ (then it is there once).
    const folders = readdirSync(DATA_DIRECTORY).filter((name) => name !== REGISTRY_FOLDER);
    const expected = [...new Set([...folders, FIXTURE_ARTICLE_ID])].sort();
    expect(documents.map((document) => document.document.id).sort()).toEqual(expected);
    expect(expected).toContain(ARTICLE_ID);
  });

  it("generates typed ids and a data catalogue that cover both documents", () => {
    const files = generatedFiles(directory);
    const ids = files.get(join(GENERATED_FOLDER, "shipped-ids.ts")) ?? "";
    for (const id of [ARTICLE_ID, FIXTURE_ARTICLE_ID, "dnieper-river-forum", "quote-peskov-250000-troops"]) {
      expect(ids).toContain(`"${id}"`);
    }
    // An entity of both documents is one literal, not two.
    expect(ids.split('"dmitri-peskov"')).toHaveLength(2);
    const catalogue = files.get(DATA_CATALOGUE_FILE) ?? "";
    for (const document of documents) expect(catalogue).toContain(`\n## ${document.document.title}\n`);
  });

  it("answers queries across both documents, each record from its own document", () => {
    const quotes = corpus.quotes({ speaker: "dmitri-peskov" });
    expect(new Set(quotes.map((quote) => corpus.documentOf(quote)))).toEqual(new Set([ARTICLE_ID, FIXTURE_ARTICLE_ID]));
    for (const quote of quotes) {
      const document = corpus.documentOf(quote);
      expect(document).toBe(documentDefining("quotes", quote.id));
      expect(corpus.text(quote.content, document)).toBe(quote.content.exact);
    }
    const fromFixture = corpus.quotes({ speaker: "dmitri-peskov", document: FIXTURE_ARTICLE_ID });
    expect(fromFixture.map((quote) => quote.id)).toEqual(["quote-peskov-250000-troops"]);
    expect(
      corpus.claims({ document: ARTICLE_ID }).every((claim) => documentDefining("claims", claim.id) === ARTICLE_ID),
    ).toBe(true);
  });

  it("gives an entity's mentions in every document, each with its document", () => {
    const mentions = corpus.mentions("dmitri-peskov");
    expect(new Set(mentions.map((mention) => mention.document))).toEqual(new Set([ARTICLE_ID, FIXTURE_ARTICLE_ID]));
    for (const mention of mentions) expect(corpus.text(mention.span, mention.document)).toBe(mention.span.exact);
    // corpus.entity gives the one record of the referent, with the same mentions in every document.
    expect(corpus.entity("dmitri-peskov")?.mentions).toEqual(mentions);
    expect(corpus.entity("dmitri-peskov")?.roles?.map((role) => role.document)).toEqual(
      documents.flatMap((document) =>
        (document.entities.find((entity) => entity.id === "dmitri-peskov")?.roles ?? []).map(
          () => document.document.id,
        ),
      ),
    );
    expect(corpus.entities({ document: FIXTURE_ARTICLE_ID }).map((entity) => entity.id)).toContain("dmitri-peskov");
    expect(corpus.entities({ document: FIXTURE_ARTICLE_ID }).map((entity) => entity.id)).not.toContain("nato");
  });

  it("filters dates and uncertainty markers by document", () => {
    const dates = corpus.dates({ document: FIXTURE_ARTICLE_ID });
    expect(dates.map((expression) => expression.span.exact)).toEqual([
      "on 14 October 2021",
      "next year",
      "in September",
    ]);
    const markers = corpus.uncertainty({ category: "approximator", document: FIXTURE_ARTICLE_ID });
    expect(markers.map((marker) => marker.cue.exact)).toEqual(["more than"]);
  });

  it("merges both documents' dates into one timeline, each entry naming its document", () => {
    const timeline = corpus.timeline();
    expect(new Set(timeline.map((entry) => entry.document))).toEqual(new Set([ARTICLE_ID, FIXTURE_ARTICLE_ID]));
    const starts = timeline.map((entry) => entry.bounds[0] ?? Number.NEGATIVE_INFINITY);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const forum = timeline.find((entry) => entry.expression.id === "time-14-october-2021");
    expect(forum?.document).toBe(FIXTURE_ARTICLE_ID);
  });

  it("finds the conflict between two articles' troop figures for the same exercise, naming both documents", () => {
    const conflict = corpus
      .conflicts()
      .find(({ claims }) => claims.some((claim) => claim.id === "claim-peskov-250000-troops-zapad-2021"));
    expect(conflict?.basis).toBe("quantities");
    const pairs = conflict?.claims.map((claim, index) => [claim.id, conflict.documents[index]]);
    expect(pairs).toContainEqual(["claim-peskov-250000-troops-zapad-2021", FIXTURE_ARTICLE_ID]);
    const other = pairs?.find(([, document]) => document === ARTICLE_ID)?.[0] ?? "";
    expect(corpus.claim(other)?.about).toContain("zapad-2021");
    expect(conflict?.reasons[0]).toContain('"more than 250,000"');
    // The shipped article's own conflicts keep their basis, and their documents.
    const moscow = corpus
      .conflicts()
      .filter(({ claims }) => claims.some((claim) => claim.id === "claim-moscow-200000-troops"));
    expect(moscow.map((found) => found.basis)).toContain("relation");
    for (const found of corpus.conflicts()) {
      found.claims.forEach((claim, index) => {
        expect(found.documents[index]).toBe(documentDefining("claims", claim.id));
      });
    }
  });

  it("asks for a document id where offsets alone cannot say which text they point into", () => {
    expect(() => corpus.text({ start: 0, end: 5 })).toThrow(/pass a document id: this corpus has 2 documents/);
    expect(corpus.text({ start: 0, end: 10 }, FIXTURE_ARTICLE_ID)).toBe("Fictional:");
    expect(corpus.text({ start: 0, end: 5 }, ARTICLE_ID)).toBe("Putin");
  });
});
