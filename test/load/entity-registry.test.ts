import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { LIMITS } from "../../src/schema/limits.js";
import {
  copyData,
  copyDataWithFixture,
  FIXTURE_ARTICLE_ID,
  type JsonRecord,
  positionOfText,
} from "../helpers/data-copy.js";

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

  describe("reads its files as safely as a document folder's", () => {
    /** Validates a copy of the data whose registry file of Putin was replaced by what `make` puts at its path. */
    function withPutinFile(make: (path: string) => void) {
      const directory = copyData();
      const path = join(directory, "entities", "vladimir-putin.json");
      make(path);
      return { path, ...validateDirectory(directory) };
    }

    it.each([
      ["a symbolic link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path), "it is a symbolic link"],
      ["a named pipe (FIFO)", (path: string) => execFileSync("mkfifo", [path]), "it is a named pipe (FIFO)"],
      ["a directory", (path: string) => mkdirSync(path), "it is a directory"],
      ["over the size limit", (path: string) => truncateSync(path, LIMITS.jsonFileBytes + 1), "more than the limit"],
    ])("reports a registry file that is %s without reading it, and only that", (_name, make, what) => {
      const { path, issues, documents } = withPutinFile((file) => {
        if (!what.startsWith("more")) rmSync(file);
        make(file);
      });
      // The article mentions Putin: its records of him cannot be completed, so it is not validated further.
      expect(documents).toEqual([]);
      expect(issues).toEqual([
        expect.objectContaining({ check: "layout", file: path, message: expect.stringContaining(what) }),
      ]);
    });

    it("reports a byte order mark at the start of a registry file, as in any data file", () => {
      const { path, issues } = withPutinFile((file) => {
        writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
      });
      expect(issues).toEqual([
        expect.objectContaining({
          check: "encoding",
          file: path,
          line: 1,
          column: 1,
          message: "the file starts with a byte order mark (U+FEFF)",
        }),
      ]);
    });

    it("does not follow a registry folder that is a symbolic link: the data directory reports the link", () => {
      const directory = copyData();
      const outside = copyData();
      rmSync(join(directory, "entities"), { recursive: true });
      symlinkSync(join(outside, "entities"), join(directory, "entities"));
      const { issues } = validateDirectory(directory);
      expect(issues).toContainEqual(
        expect.objectContaining({
          check: "layout",
          file: join(directory, "entities"),
          message: expect.stringContaining("symbolic link"),
        }),
      );
    });
  });
});
