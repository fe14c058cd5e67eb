import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import { toJsonLd } from "../../../src/formats/json-ld/to-json-ld.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER, readRecords } from "../../helpers/data-copy.js";
import { shippedArticle } from "../../helpers/shipped-documents.js";

const SCHEMA = "http://schema.org/";
const RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

/** A document loader that refuses to load anything: the export must be processable offline. */
const noRemoteLoading = async (url: string): Promise<never> => {
  throw new Error(`remote loading attempted: ${url}`);
};

/** One N-Quads triple of the default graph, its terms as written (`<iri>`, `_:b0`, `"literal"^^<type>`). */
interface Triple {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
}

const TRIPLE = /^(<[^>]*>|_:\S+) (<[^>]*>) (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) \.$/;

let nquads = "";
let triples: Triple[] = [];
const entities = readRecords(DATA_DIRECTORY, "entities.json");
const quotes = readRecords(DATA_DIRECTORY, "quotes.json");
const claims = readRecords(DATA_DIRECTORY, "claims.json");

/** The objects of the triples with this subject and schema.org property. */
function objects(subject: string, property: string): string[] {
  return triples
    .filter((triple) => triple.subject === subject && triple.predicate === `<${SCHEMA}${property}>`)
    .map((triple) => triple.object);
}

/** The subjects of a schema.org type. */
function subjectsOfType(type: string): string[] {
  return triples
    .filter((triple) => triple.predicate === RDF_TYPE && triple.object === `<${SCHEMA}${type}>`)
    .map((triple) => triple.subject);
}

/** The objects of the triples with this subject and newsfacts term (`urn:newsfacts:vocab:<term>`). */
function termValues(subject: string, term: string): string[] {
  return triples
    .filter((triple) => triple.subject === subject && triple.predicate === `<urn:newsfacts:vocab:${term}>`)
    .map((triple) => triple.object);
}

beforeAll(async () => {
  const document = toJsonLd([shippedArticle()]);
  // Plain JSON: what a consumer gets after JSON.stringify and JSON.parse.
  const json = JSON.parse(JSON.stringify(document));
  // `safe` mode (not in @types/jsonld) rejects any term or IRI the context cannot map instead of dropping it.
  const offline = { documentLoader: noRemoteLoading, safe: true };
  await jsonld.expand(json, offline);
  const toNquads = { ...offline, format: "application/n-quads" as const };
  nquads = (await jsonld.toRDF(json, toNquads)) as unknown as string;
  triples = nquads
    .trim()
    .split("\n")
    .map((line) => {
      const match = TRIPLE.exec(line);
      if (!match) throw new Error(`not an N-Quads triple of the default graph: ${line}`);
      return { subject: match[1] ?? "", predicate: match[2] ?? "", object: match[3] ?? "" };
    });
});

describe("toJsonLd, expanded and converted to N-Quads by the jsonld package with no remote loading", () => {
  it("refuses remote contexts in this test setup, so the export really embeds its own", async () => {
    await expect(
      jsonld.expand({ "@context": "https://schema.org", name: "x" }, { documentLoader: noRemoteLoading }),
    ).rejects.toThrow();
  });

  it("links Putin's node to Wikidata Q7747, and every entity with a Wikidata id to its item", () => {
    expect(nquads).toContain(
      "<urn:newsfacts:entity:vladimir-putin> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q7747> .",
    );
    const linked = entities.filter((entity) => entity.externalIds?.wikidata);
    expect(linked.length).toBeGreaterThan(0);
    for (const entity of linked) {
      expect(objects(`<urn:newsfacts:entity:${entity.id}>`, "sameAs")).toEqual([
        `<http://www.wikidata.org/entity/${entity.externalIds.wikidata}>`,
      ]);
    }
    const sameAs = triples.filter((triple) => triple.predicate === `<${SCHEMA}sameAs>`);
    expect(sameAs).toHaveLength(linked.length);
  });

  it("types people as Person, countries as Country, events as Event, and names them", () => {
    expect(subjectsOfType("Person")).toEqual(
      expect.arrayContaining(["<urn:newsfacts:entity:vladimir-putin>", "<urn:newsfacts:entity:alexander-lukashenko>"]),
    );
    expect(subjectsOfType("Person")).toHaveLength(entities.filter((entity) => entity.kind === "person").length);
    expect(subjectsOfType("Country")).toContain("<urn:newsfacts:entity:belarus>");
    expect(subjectsOfType("Event")).toHaveLength(entities.filter((entity) => entity.kind === "event").length);
    expect(objects("<urn:newsfacts:entity:vladimir-putin>", "name")).toEqual(['"Vladimir Putin"']);
  });

  it("makes every quote a Quotation whose creator and spokenByCharacter is the speaker's node", () => {
    const quotations = subjectsOfType("Quotation");
    expect(quotations).toHaveLength(quotes.length);
    const byPutin = quotes.filter((quote) => quote.speaker === "vladimir-putin");
    expect(byPutin.length).toBeGreaterThan(0);
    for (const quote of byPutin) {
      const node = `<urn:newsfacts:${DOCUMENT_FOLDER}#${quote.id}>`;
      expect(quotations).toContain(node);
      expect(objects(node, "creator")).toEqual(["<urn:newsfacts:entity:vladimir-putin>"]);
      expect(objects(node, "spokenByCharacter")).toEqual(["<urn:newsfacts:entity:vladimir-putin>"]);
      expect(objects(node, "text")).toEqual([JSON.stringify(quote.content.exact)]);
      expect(termValues(node, "quoteKind")).toEqual([`"${quote.kind}"`]);
    }
  });

  it("makes every claim a Claim that appears in the article, by its claimant, with both factuality views", () => {
    const article = `<urn:newsfacts:${DOCUMENT_FOLDER}>`;
    expect(subjectsOfType("Claim")).toHaveLength(claims.length);
    for (const claim of claims) {
      const node = `<urn:newsfacts:${DOCUMENT_FOLDER}#${claim.id}>`;
      expect(objects(node, "appearance")).toContain(article);
      const author =
        claim.claimant === "author"
          ? `<urn:newsfacts:${DOCUMENT_FOLDER}#author>`
          : `<urn:newsfacts:entity:${claim.claimant}>`;
      expect(objects(node, "author")).toEqual([author]);
      expect(termValues(node, "factualityClaimant")).toEqual([`"${claim.factuality.claimant}"`]);
      expect(termValues(node, "factualityAuthor")).toEqual([`"${claim.factuality.author}"`]);
    }
  });

  it("makes the document a NewsArticle with its headline and the publication date, marked as inferred", async () => {
    const { readFileSync } = await import("node:fs");
    const document = JSON.parse(readFileSync(`${DATA_DIRECTORY}/${DOCUMENT_FOLDER}/document.json`, "utf8"));
    const article = `<urn:newsfacts:${DOCUMENT_FOLDER}>`;
    expect(subjectsOfType("NewsArticle")).toEqual([article]);
    expect(objects(article, "headline")).toEqual([JSON.stringify(document.title)]);
    expect(objects(article, "datePublished")).toEqual([`"${document.publicationDate.value}"`]);
    expect(termValues(article, "datePublishedResolution")).toEqual([`"${document.publicationDate.resolution}"`]);
    expect(objects(article, "additionalProperty")).toEqual([]);
    expect(objects(article, "mentions")).toHaveLength(entities.length);
  });
});
