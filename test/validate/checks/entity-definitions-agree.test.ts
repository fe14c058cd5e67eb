import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyDataWithFixture, DOCUMENT_FOLDER, FIXTURE_ARTICLE_ID, type JsonRecord } from "../../helpers/data-copy.js";
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
