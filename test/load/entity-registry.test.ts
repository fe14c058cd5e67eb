import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { copyDataWithFixture, FIXTURE_ARTICLE_ID, type JsonRecord, positionOfText } from "../helpers/data-copy.js";

/** Rewrites a JSON file after `edit` changed its parsed content. */
function editFile(path: string, edit: (json: JsonRecord) => void): void {
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

describe("the entity registry (data/entities/)", () => {
  it("defines each referent once: a document that repeats a defining field is told where it is defined", () => {
    const directory = copyDataWithFixture();
    const path = join(directory, FIXTURE_ARTICLE_ID, "entities.json");
    editFile(path, (json) => {
      const putin = json.records.find((entity: JsonRecord) => entity.id === "vladimir-putin");
      putin.kind = "person";
    });
    const issues = validateDirectory(directory).issues;
    expect(issues).toEqual([
      {
        check: "entity-registry",
        file: path,
        ...positionOfText(path, '"kind"'),
        recordId: "vladimir-putin",
        field: "kind",
        message: `kind is defined in the entity registry (${join(directory, "entities", "vladimir-putin.json")}), not in a document`,
        tip: "a document's record of a registry referent holds only its mentions, roles and description",
        level: "error",
      },
    ]);
  });

  it("gives each document's records of a referent its one definition", () => {
    const directory = copyDataWithFixture();
    editFile(join(directory, "entities", "dmitri-peskov.json"), (json) => {
      json.aliases = [...json.aliases, "Dmitry Sergeyevich Peskov"];
    });
    const { documents, issues } = validateDirectory(directory);
    expect(issues).toEqual([]);
    const aliases = documents.map((document) => document.entities.find((e) => e.id === "dmitri-peskov")?.aliases);
    expect(aliases.filter((list) => list !== undefined)).toHaveLength(2);
    for (const list of aliases.filter((found) => found !== undefined))
      expect(list).toContain("Dmitry Sergeyevich Peskov");
  });

  it("reports a referent no document mentions, a file named after another id, and an unknown field", () => {
    const directory = copyDataWithFixture();
    const registry = join(directory, "entities");
    writeFileSync(
      join(registry, "nobody.json"),
      `${JSON.stringify({ id: "nobody", kind: "person", name: "Nobody", aliases: [], description: "No one." }, null, 2)}\n`,
    );
    renameSync(join(registry, "minsk.json"), join(registry, "minsk-city.json"));
    editFile(join(registry, "dmitri-peskov.json"), (json) => {
      json.born = 1967;
    });
    const issues = validateDirectory(directory).issues.map((issue) => [
      issue.check,
      issue.file,
      issue.field,
      issue.message,
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["entity-registry", join(registry, "nobody.json"), "", 'no document mentions entity "nobody"'],
        ["layout", join(registry, "minsk-city.json"), "", 'the file of entity "minsk" must be named minsk.json'],
        ["schema", join(registry, "dmitri-peskov.json"), "born", 'unknown field "born"'],
      ]),
    );
  });
});
