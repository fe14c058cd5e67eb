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
  it("matches names case- and accent-insensitively, by whole words", () => {
    const ids = (name: string) => corpus.entities({ name }).map((entity) => entity.id);
    // "Peskov" is also a word of "Peskov's statement ahead of the talks".
    expect(ids("peskov")).toContain("dmitri-peskov");
    expect(ids("PÉSKOV")).toEqual(ids("peskov"));
    expect(ids("Dmitri  Peskov")).toEqual(["dmitri-peskov"]);
    expect(ids("dmitrí")).toEqual(["dmitri-peskov"]);
    expect(ids("pesk")).toEqual([]);
    expect(ids("Peskov Dmitri")).toEqual([]);
    expect(ids("  ")).toEqual([]);
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
