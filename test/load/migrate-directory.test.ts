import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MigrationConflictError, migrateDirectory } from "../../src/load/migrate-directory.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { REGISTRY_KINDS } from "../../src/schema/registry-entity.js";
import { FIXTURE_ARTICLE_ID, type JsonRecord } from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

/** A data directory in the 0.1 layout: the fictional article, every entity defined in its own entities.json. */
const LAYOUT_0_1 = join("test", "fixtures", "layout-0.1");

/** A fresh copy of the 0.1 layout fixture. */
function copyLayout(): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-0.1-"));
  cpSync(LAYOUT_0_1, directory, { recursive: true });
  return directory;
}

/** Every file of a directory, recursively, with its content. */
function snapshot(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, readFileSync(path, "utf8")];
      }),
  );
}

/** The entity records of a document folder's entities.json. */
function entityRecords(directory: string, folder: string): JsonRecord[] {
  return JSON.parse(readFileSync(join(directory, folder, "entities.json"), "utf8")).records;
}

describe("migrateDirectory, on a copy of the 0.1 layout", () => {
  it("moves people, countries, places, organisations and governments to the registry, losing nothing", () => {
    const directory = copyLayout();
    const before = validateDirectory(directory);
    expect(before.issues).toEqual([]);
    const defined = entityRecords(directory, FIXTURE_ARTICLE_ID);
    const { registered, rewritten } = migrateDirectory(directory);
    const expected = defined.filter((entity) => (REGISTRY_KINDS as readonly string[]).includes(entity.kind));
    expect(registered.map((file) => file.slice(file.lastIndexOf("/") + 1)).sort()).toEqual(
      expected.map((entity) => `${entity.id}.json`).sort(),
    );
    expect(rewritten).toEqual([join(directory, FIXTURE_ARTICLE_ID, "entities.json")]);
    const putin = entityRecords(directory, FIXTURE_ARTICLE_ID).find((entity) => entity.id === "vladimir-putin");
    expect(Object.keys(putin ?? {}).sort()).toEqual(["id", "mentions", "roles"]);
    const registry = JSON.parse(readFileSync(join(directory, "entities", "vladimir-putin.json"), "utf8"));
    expect(registry).toMatchObject({ id: "vladimir-putin", kind: "person", externalIds: { wikidata: "Q7747" } });
    // The documents the corpus is built from are exactly those of the 0.1 layout.
    const after = validateDirectory(directory);
    expect(after.issues).toEqual([]);
    expect(after.documents).toEqual(before.documents);
  });

  it("changes nothing when run again", () => {
    const directory = copyLayout();
    migrateDirectory(directory);
    const migrated = snapshot(directory);
    expect(migrateDirectory(directory)).toEqual({ registered: [], rewritten: [] });
    expect(snapshot(directory)).toEqual(migrated);
  });

  it("writes nothing when two documents define an entity differently, and names both", () => {
    const directory = copyLayout();
    cpSync(join(directory, FIXTURE_ARTICLE_ID), join(directory, "second-document"), { recursive: true });
    const path = join(directory, "second-document", "entities.json");
    const file = JSON.parse(readFileSync(path, "utf8"));
    file.records.find((entity: JsonRecord) => entity.id === "russia").kind = "place";
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    const before = snapshot(directory);
    let error: unknown;
    try {
      migrateDirectory(directory);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MigrationConflictError);
    expect((error as MigrationConflictError).differences).toEqual([
      `russia kind: "country" in ${join(directory, FIXTURE_ARTICLE_ID, "entities.json")}, "place" in ${path}`,
    ]);
    expect(existsSync(join(directory, "entities"))).toBe(false);
    expect(snapshot(directory)).toEqual(before);
  });
});

describe("newsfacts migrate", () => {
  it("prints each file written and validates the result", () => {
    const directory = copyLayout();
    const result = newsfacts("migrate", directory);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toContain(join(directory, "entities", "dmitri-peskov.json"));
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${directory}: \\d+ referent\\(s\\) moved to the registry, 1 document\\(s\\) rewritten$`),
    );
    expect(newsfacts("validate", directory).status).toBe(0);
  });

  it("exits 2 for a directory that does not exist", () => {
    const result = newsfacts("migrate", "/nonexistent");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'newsfacts migrate: data directory "/nonexistent" does not exist or is not a directory\n',
    );
  });
});
