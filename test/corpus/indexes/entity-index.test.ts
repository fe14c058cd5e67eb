import { describe, expect, it } from "vitest";
import { entityIndex } from "../../../src/corpus/indexes/entity-index.js";
import { article } from "../../helpers/shipped-article.js";

describe("entityIndex", () => {
  const documents = [article, structuredClone(article)];
  const putinMentions = article.entities.find((entity) => entity.id === "vladimir-putin")?.mentions.length ?? 0;

  it("makes the record of an id when it is first looked up, and the same object at its position", () => {
    const index = entityIndex(documents);
    const putin = index.byId.get("vladimir-putin");
    expect(putin?.mentions).toHaveLength(2 * putinMentions);
    expect(index.byId.get("vladimir-putin")).toBe(putin);
    const position = index.firstDefinitions.records.findIndex((entity) => entity.id === "vladimir-putin");
    expect(index.recordAt(position)).toBe(putin);
  });

  it("lists every id once, in corpus order, at the position of the record byId gives", () => {
    const index = entityIndex(documents);
    const ids = [...new Set(article.entities.map((entity) => entity.id))];
    expect(index.firstDefinitions.records.map((entity) => entity.id)).toEqual(ids);
    expect(index.firstDefinitions.documentIndexes.every((documentIndex) => documentIndex === 0)).toBe(true);
    for (const [position, id] of ids.entries()) expect(index.recordAt(position)).toBe(index.byId.get(id));
    expect(index.byId.has("no-such-entity")).toBe(false);
    expect(index.byId.get("no-such-entity")).toBeUndefined();
  });

  it("indexes kinds and documents without making a record", () => {
    const index = entityIndex(documents);
    const people = index.byKind.get("person") ?? [];
    expect(people.map((position) => index.firstDefinitions.records[position]?.kind)).toEqual(
      people.map(() => "person"),
    );
    expect(people.length).toBe(new Set(article.entities.filter((e) => e.kind === "person").map((e) => e.id)).size);
    expect(index.byDocument.get(article.document.id)).toHaveLength(index.firstDefinitions.records.length);
    expect(index.made.size).toBe(0);
  });
});
