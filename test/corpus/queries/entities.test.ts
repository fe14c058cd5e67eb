import { describe, expect, it } from "vitest";
import { CorpusIndexes } from "../../../src/corpus/corpus-indexes.js";
import { findEntities, matchEntities } from "../../../src/corpus/queries/entities.js";
import type { AnnotatedDocument } from "../../../src/generated/record-types.js";
import { article } from "../../helpers/shipped-article.js";

/** Indexes over two copies of the shipped article, the second under another document id. */
function freshIndexes(): CorpusIndexes {
  const [first, second] = [structuredClone(article), structuredClone(article)] as unknown as AnnotatedDocument[];
  (second as AnnotatedDocument).document.id = `${article.document.id}-copy`;
  return new CorpusIndexes(() => ({
    documents: [first as AnnotatedDocument, second as AnnotatedDocument],
    dateBounds: new Map(),
  }));
}

describe("the entity queries", () => {
  it("make the records they return and no others (making every record takes seconds on a large corpus)", () => {
    const indexes = freshIndexes();
    const byName = findEntities(indexes, { name: "peskov" });
    expect(byName.map((entity) => entity.id)).toContain("dmitri-peskov");
    expect(indexes.entities.made.size).toBe(byName.length);

    const people = findEntities(indexes, { kind: "person", document: article.document.id });
    expect(people.length).toBeGreaterThan(1);
    expect(people.every((entity) => entity.kind === "person")).toBe(true);
    expect(indexes.entities.made.size).toBe(new Set([...byName, ...people].map((entity) => entity.id)).size);
  });

  it("give each entity one record, with the mentions of every document", () => {
    const indexes = freshIndexes();
    const [putin] = matchEntities(indexes, "Vladimir Putin");
    const inArticle = article.entities.find((entity) => entity.id === "vladimir-putin")?.mentions.length ?? 0;
    expect(putin?.match).toBe("name");
    expect(putin?.entity.mentions).toHaveLength(2 * inArticle);
    expect(findEntities(indexes, undefined)).toHaveLength(new Set(article.entities.map((entity) => entity.id)).size);
  });
});
