import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/shipped-article.js";
import { occurrences, SOURCE } from "../helpers/source.js";

describe("corpus.entity", () => {
  it("finds an entity by id and returns undefined for an unknown one", () => {
    expect(corpus.entity("dmitri-peskov")?.name).toContain("Peskov");
    expect(corpus.entity("nobody" as never)).toBeUndefined();
  });

  it("returns frozen records", () => {
    const putin = corpus.entity("vladimir-putin");
    expect(Object.isFrozen(putin)).toBe(true);
    expect(Object.isFrozen(putin?.mentions)).toBe(true);
  });
});

describe("corpus.entities", () => {
  it("matches names case- and accent-insensitively, by whole words or a begun last word", () => {
    const ids = (name: string) => corpus.entities({ name }).map((entity) => entity.id);
    // "Peskov" is also a word of "Peskov's statement ahead of the talks".
    expect(ids("peskov")).toContain("dmitri-peskov");
    expect(ids("PÉSKOV")).toEqual(ids("peskov"));
    expect(ids("Dmitri  Peskov")).toEqual(["dmitri-peskov"]);
    expect(ids("dmitrí")).toEqual(["dmitri-peskov"]);
    expect(ids("pesk")).toEqual(["dmitri-peskov"]);
    expect(ids("esk")).toEqual([]);
    expect(ids("Peskov Dmitri")).toEqual([]);
    expect(ids("  ")).toEqual([]);
  });

  it("ranks the whole name first, then a whole alias, then whole words, then a prefix, each saying how it matched", () => {
    const lukashenko = corpus.entityMatches("lukashenko");
    // The person is found by a whole alias; the events and groups that name him, by one word of their names.
    expect(lukashenko[0]).toMatchObject({ match: "alias", matched: "Lukashenko" });
    expect(lukashenko[0]?.entity.id).toBe("alexander-lukashenko");
    expect(lukashenko.length).toBeGreaterThan(3);
    expect(lukashenko.slice(1).every((found) => found.match === "words")).toBe(true);
    expect(corpus.entities({ name: "lukashenko" }).map((entity) => entity.id)).toEqual(
      lukashenko.map((found) => found.entity.id),
    );
    // "Belarus" is the country's name and an alias of the Belarusian government: the name ranks first.
    expect(
      corpus
        .entityMatches("belarus")
        .slice(0, 2)
        .map(({ entity, match }) => [entity.id, match]),
    ).toEqual([
      ["belarus", "name"],
      ["belarusian-government", "alias"],
    ]);
    expect(corpus.entityMatches("Luka")[0]).toMatchObject({ match: "prefix", matched: "Alexander Lukashenko" });
    expect(corpus.entityMatches("union st").every((found) => found.match === "prefix")).toBe(true);
    expect(corpus.entityMatches("union st").length).toBeGreaterThan(1);
  });

  it("finds the one best entity by name, or undefined", () => {
    expect(corpus.entityByName("lukashenko")?.id).toBe("alexander-lukashenko");
    expect(corpus.entityByName("Union State")?.id).toBe("union-state");
    expect(corpus.entityByName("NATO")?.id).toBe("nato");
    expect(corpus.entityByName("Luka")?.id).toBe("alexander-lukashenko");
    expect(corpus.entityByName("Gorbachev")).toBeUndefined();
    expect(corpus.entityByName("")).toBeUndefined();
    expect(() => corpus.entityByName(undefined as never)).toThrow(TypeError);
  });

  it("gives the name people read for an id, and tells ids from other strings", () => {
    expect(corpus.nameOf("dmitri-peskov")).toBe("Dmitri Peskov");
    expect(corpus.nameOf("author")).toBe("the author");
    expect(corpus.nameOf("no-such-entity" as never)).toBeUndefined();
    const fromUrl: string = "union-state";
    if (!corpus.isEntityId(fromUrl)) throw new Error("expected an entity id");
    // The guard narrowed the string: it type-checks as an entity id without a cast.
    expect(corpus.entity(fromUrl)?.name).toBe("Union State");
    expect(corpus.isId("quote", "quote-peskov-no-documents-signed")).toBe(true);
    expect(corpus.isId("quote", "vladimir-putin")).toBe(false);
    expect(corpus.isId("temporalExpression", "publication-date")).toBe(true);
    expect(corpus.isId("document", corpus.documents[0]?.document.id)).toBe(true);
    expect(corpus.isId("claim", 42)).toBe(false);
    expect(corpus.isEntityId("toString")).toBe(false);
  });

  it("matches aliases as well as canonical names", () => {
    // "Moscow" never names the city in the text: it stands for the Russian government.
    expect(corpus.entities({ name: "moscow" }).some((entity) => entity.kind === "government")).toBe(true);
  });

  it("filters by kind, alone and with a name", () => {
    const people = corpus.entities({ kind: "person" });
    expect(people.length).toBeGreaterThanOrEqual(3);
    expect(people.every((entity) => entity.kind === "person")).toBe(true);
    const names = people.map((entity) => entity.name).join(" ");
    for (const person of ["Putin", "Lukashenko", "Peskov"]) expect(names).toContain(person);
    expect(corpus.entities({ kind: "country", name: "Belarus" }).map((entity) => entity.name)).toEqual(["Belarus"]);
    expect(corpus.entities({ kind: "person", name: "Belarus" })).toEqual([]);
  });

  it("returns every entity once without a filter, as a frozen array", () => {
    const all = corpus.entities();
    expect(new Set(all.map((entity) => entity.id)).size).toBe(all.length);
    expect(all.length).toBe(corpus.documents.reduce((sum, document) => sum + document.entities.length, 0));
    expect(Object.isFrozen(all)).toBe(true);
  });
});

describe("corpus.mentions", () => {
  it("covers every occurrence of Peskov's name in the text, each with its span and document", () => {
    const mentions = corpus.mentions("dmitri-peskov");
    expect(occurrences("Peskov").length).toBeGreaterThan(0);
    for (const at of occurrences("Peskov")) {
      expect(mentions.some(({ span }) => span.start <= at && at + "Peskov".length <= span.end)).toBe(true);
    }
    for (const mention of mentions) {
      expect(SOURCE.slice(mention.span.start, mention.span.end)).toBe(mention.span.exact);
      expect(mention.document).toBe("putin-lukashenko-union-state-talks");
    }
  });

  it("includes metonymic mentions: every 'Moscow' is the Russian government", () => {
    const mentions = corpus.mentions("russian-government");
    for (const at of occurrences("Moscow")) {
      const mention = mentions.find(({ span }) => span.start === at);
      expect(mention?.metonymy).toBeDefined();
    }
  });

  it("includes pronoun and adjectival mentions", () => {
    const lukashenko = corpus.mentions("alexander-lukashenko");
    const pronouns = lukashenko.filter((mention) => mention.pronoun).map((mention) => mention.span.exact);
    // "he said that discussions would probably lead to ..." refers to Lukashenko.
    expect(pronouns).toContain("he");
    expect(corpus.mentions("belarus").map((mention) => mention.span.exact)).toContain("Belarusian");
  });

  it("is empty for an unknown entity", () => {
    expect(corpus.mentions("nobody" as never)).toEqual([]);
  });
});
