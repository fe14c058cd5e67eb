import { describe, expect, it } from "vitest";
import { Corpus } from "../../src/corpus/corpus.js";
import { corpus } from "../../src/exports/index.js";
import { readShippedData } from "../../src/generated/shipped-data.js";
import { ARTICLE_ID } from "../helpers/data-copy.js";

describe("withParts: an entity and its parts, for about filters", () => {
  it("follows the shipped article's part-of links, through the treaty to its agreements", () => {
    // In "Putin and Lukashenko discuss integrating Russia and Belarus": the programme and the 1999 treaty are the
    // Union State's; the integration agreements were "drawn up as part of" that treaty.
    expect(corpus.withParts("union-state")).toEqual([
      "union-state",
      "union-state-treaty-1999",
      "union-state-programme",
      "integration-agreements",
    ]);
    expect(corpus.withParts("union-state-treaty-1999")).toEqual(["union-state-treaty-1999", "integration-agreements"]);
  });

  it("counts a group's members as its parts, and an entity with no parts as itself alone", () => {
    const group = corpus.entity("russia-and-belarus");
    expect(corpus.withParts("russia-and-belarus")).toEqual(["russia-and-belarus", ...(group?.members ?? [])]);
    expect(corpus.withParts("dmitri-peskov")).toEqual(["dmitri-peskov"]);
  });

  it("finds in an about filter the records about a part that the whole alone misses", () => {
    const aboutWhole = corpus.quotes({ about: "union-state" });
    const aboutParts = corpus.quotes({ about: corpus.withParts("union-state") });
    expect(aboutParts).toEqual(expect.arrayContaining([...aboutWhole]));
    const onlyParts = aboutParts.filter((quote) => !aboutWhole.includes(quote));
    expect(onlyParts.length).toBeGreaterThan(0);
    for (const quote of onlyParts) expect(quote.about).not.toContain("union-state");
  });

  it("returns a frozen list, and none for an id the corpus does not have", () => {
    expect(Object.isFrozen(corpus.withParts("union-state"))).toBe(true);
    expect(corpus.withParts("no-such-entity" as never)).toEqual([]);
  });

  it("stops at a cycle in data that skipped validation", () => {
    const { documents, dateBounds } = readShippedData();
    const article = documents.find((document) => document.document.id === ARTICLE_ID);
    const programme = article?.entities.find((entity) => entity.id === "union-state-programme");
    const whole = article?.entities.find((entity) => entity.id === "union-state");
    const span = programme?.partOf?.[0]?.span;
    if (span === undefined || whole === undefined) throw new Error("the shipped part-of link is gone");
    whole.partOf = [{ of: "union-state-programme", span }];
    const cyclic = new Corpus(documents, dateBounds);
    expect(cyclic.withParts("union-state")).toEqual(expect.arrayContaining(["union-state", "union-state-programme"]));
  });
});
