import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { Entity } from "../../../src/schema/entity.js";
import { entityDefinitionsAgree } from "../../../src/validate/checks/entity-definitions-agree.js";
import { corpusFacts } from "../../../src/validate/validate-documents.js";
import { copyDataWithFixture, DOCUMENT_FOLDER, FIXTURE_ARTICLE_ID, type JsonRecord } from "../../helpers/data-copy.js";
import { growthRatio, NEAR_LINEAR_BOUND } from "../../helpers/growth.js";
import { article } from "../../helpers/shipped-article.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** Edits one entity of a document folder of a copied data directory. */
function editEntity(directory: string, folder: string, id: string, edit: (entity: JsonRecord) => void): void {
  const path = join(directory, folder, "entities.json");
  const file = JSON.parse(readFileSync(path, "utf8"));
  const entity = file.records.find((record: JsonRecord) => record.id === id);
  if (!entity) throw new Error(`no entity ${id} in ${folder}`);
  edit(entity);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

describe("entity-definitions-agree", () => {
  it("reports an entity two documents define, as another kind in one of them, in both documents", () => {
    const directory = copyDataWithFixture();
    editEntity(directory, FIXTURE_ARTICLE_ID, "zapad-2021", (entity) => {
      entity.kind = "agreement";
    });
    const issues = issuesOf(directory, "entity-definitions-agree");
    expect(issues.map((issue) => [issue.file, issue.recordId, issue.field])).toEqual(
      expect.arrayContaining([
        [join(directory, DOCUMENT_FOLDER, "entities.json"), "zapad-2021", "kind"],
        [join(directory, FIXTURE_ARTICLE_ID, "entities.json"), "zapad-2021", "kind"],
      ]),
    );
    expect(issues).toHaveLength(2);
    const inFixture = issues.find((issue) => issue.file.includes(FIXTURE_ARTICLE_ID));
    expect(inFixture?.message).toBe(
      `entity "zapad-2021" has kind "agreement" here but "event" in document "${DOCUMENT_FOLDER}"`,
    );
  });

  it("reports every differing field: name, aliases and external ids", () => {
    const directory = copyDataWithFixture();
    editEntity(directory, FIXTURE_ARTICLE_ID, "zapad-2021", (entity) => {
      entity.name = "Zapad 2021";
      entity.aliases = ["Zapad-2021"];
      entity.externalIds = { wikidata: "Q1" };
    });
    const fields = issuesOf(directory, "entity-definitions-agree")
      .filter((issue) => issue.file.includes(FIXTURE_ARTICLE_ID))
      .map((issue) => issue.field);
    expect(fields).toEqual(["name", "aliases", "externalIds"]);
  });

  it("lets each document describe, mention and give roles to a shared entity in its own words, and order aliases", () => {
    const directory = copyDataWithFixture();
    editEntity(directory, FIXTURE_ARTICLE_ID, "zapad-2021", (entity) => {
      entity.description = "Another description.";
      entity.aliases = [...entity.aliases].reverse();
    });
    expect(issuesOf(directory, "entity-definitions-agree")).toEqual([]);
  });
});

/** Copies of the shipped article (its registry referents filled in, as in memory) under the given document ids. */
function copiesOf(...ids: string[]): AnnotatedDocument[] {
  return ids.map((id) => {
    const copy = structuredClone(article) as unknown as AnnotatedDocument;
    copy.document.id = id;
    return copy;
  });
}

/** The problems the check reports in each document, with every document checked against the same corpus facts. */
function problemsByDocument(documents: readonly AnnotatedDocument[]): string[][] {
  const corpus = corpusFacts(
    documents.map((document, index) => ({ document, index })),
    documents.length,
  );
  return documents.map((document, documentIndex) =>
    entityDefinitionsAgree
      .run({ document, documentIndex, corpus, invalidIds: new Set() })
      .map(({ path, message }) => `${path.join(".")}: ${message}`),
  );
}

/** The entity named `id` of a document, to edit. */
function entityOf(document: AnnotatedDocument, id: string): Entity {
  const entity = document.entities.find((candidate) => candidate.id === id);
  if (entity === undefined) throw new Error(`no entity ${id}`);
  return entity;
}

describe("entity-definitions-agree over many in-memory documents", () => {
  it("reports a definition that differs from the first in its document and in the first one, naming each other", () => {
    const documents = copiesOf("first", "agrees", "differs");
    entityOf(documents[2] as AnnotatedDocument, "vladimir-putin").name = "V. V. Putin";
    const index = (documents[0] as AnnotatedDocument).entities.findIndex((entity) => entity.id === "vladimir-putin");
    expect(problemsByDocument(documents)).toEqual([
      [
        `entities.${index}.name: entity "vladimir-putin" has name "Vladimir Putin" here but "V. V. Putin" in document "differs"`,
      ],
      [],
      [
        `entities.${index}.name: entity "vladimir-putin" has name "V. V. Putin" here but "Vladimir Putin" in document "first"`,
      ],
    ]);
  });

  it("reports each other value in the first document once, naming the first document that gives it", () => {
    const documents = copiesOf("first", "kind-a", "kind-a-again", "kind-b");
    entityOf(documents[1] as AnnotatedDocument, "belarus").kind = "place";
    entityOf(documents[2] as AnnotatedDocument, "belarus").kind = "place";
    entityOf(documents[3] as AnnotatedDocument, "belarus").kind = "organisation";
    const [first, ...others] = problemsByDocument(documents);
    expect(first?.map((problem) => problem.replace(/^entities\.\d+\./, ""))).toEqual([
      'kind: entity "belarus" has kind "country" here but "place" in document "kind-a"',
      'kind: entity "belarus" has kind "country" here but "organisation" in document "kind-b"',
    ]);
    expect(others.map((problems) => problems.map((problem) => problem.replace(/^entities\.\d+\./, "")))).toEqual([
      ['kind: entity "belarus" has kind "place" here but "country" in document "first"'],
      ['kind: entity "belarus" has kind "place" here but "country" in document "first"'],
      ['kind: entity "belarus" has kind "organisation" here but "country" in document "first"'],
    ]);
  });

  it("grows near-linearly with documents that all define the same entities alike", () => {
    const ratio = growthRatio(
      (scale) => copiesOf(...Array.from({ length: 20 * scale }, (_, index) => `document-${index}`)),
      (documents) => {
        expect(problemsByDocument(documents).flat()).toEqual([]);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });
});
