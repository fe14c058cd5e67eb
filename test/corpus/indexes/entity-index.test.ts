import { describe, expect, it } from "vitest";
import { entityIndex } from "../../../src/corpus/indexes/entity-index.js";
import { article } from "../../helpers/shipped-article.js";

describe("entityIndex", () => {
  const documents = [article, structuredClone(article)];

  it("makes the record of an id when it is first looked up, and the same object for the table", () => {
    const index = entityIndex(documents);
    const putin = index.byId.get("vladimir-putin");
    expect(putin?.mentions).toHaveLength(
      2 * (article.entities.find((entity) => entity.id === "vladimir-putin")?.mentions.length ?? 0),
    );
    expect(index.byId.get("vladimir-putin")).toBe(putin);
    expect(index.table.records.find((entity) => entity.id === "vladimir-putin")).toBe(putin);
  });

  it("lists every id once in the table, in corpus order, with the records byId gives", () => {
    const index = entityIndex(documents);
    const ids = [...new Set(article.entities.map((entity) => entity.id))];
    expect(index.table.records.map((entity) => entity.id)).toEqual(ids);
    for (const record of index.table.records) expect(index.byId.get(record.id)).toBe(record);
    expect(index.byId.has("no-such-entity")).toBe(false);
    expect(index.byId.get("no-such-entity")).toBeUndefined();
  });
});
