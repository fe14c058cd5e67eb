import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyData, documentFile, editRecord } from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

/** A fresh empty folder. */
const scratch = () => mkdtempSync(join(tmpdir(), "newsfacts-hardening-"));

/** Asserts a run printed one line to standard error, no stack trace, and exited with `status`. */
function expectOneLine(result: ReturnType<typeof newsfacts>, status: number, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(status);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("the command line never prints a stack trace", () => {
  it.each([["constructor"], ["toString"], ["__proto__"], ["hasOwnProperty"]])(
    "treats the command %s, an Object property, as unknown",
    (name) => {
      expectOneLine(newsfacts(name), 2, new RegExp(`unknown command or option "${name}"`));
    },
  );

  it.each([["constructor"], ["toString"], ["__proto__"]])("treats query %s as an unknown query", (name) => {
    expectOneLine(newsfacts("query", name), 2, new RegExp(`unknown query "${name}"`));
  });

  it("makes a reversed --from/--to a usage error naming both flags", () => {
    expectOneLine(newsfacts("query", "dates", "--from", "2022", "--to", "2021"), 2, /--from: .*from is after to/);
  });

  it("reports a record file that is a directory with one line and exit 1", () => {
    const directory = copyData();
    const path = documentFile(directory, "quotes.json");
    spawnSync("rm", [path]);
    mkdirSync(path);
    for (const args of [
      ["validate", directory],
      ["query", "quotes", "--data", directory],
    ]) {
      const result = newsfacts(...args);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(newsfacts("validate", directory).stderr).toContain(`${path} -: cannot read the file: it is a directory`);
  });

  it("ends quietly when the reader of its output goes away (| head -1)", () => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" dist/cli.js query entities --json | head -c 10`], {
      encoding: "utf8",
    });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe("");
  });
});

describe("terminal control characters in data are escaped", () => {
  it("prints ESC, BEL and an OSC sequence in a name as escapes, in query and validate", () => {
    const directory = copyData();
    // People are defined in the entity registry.
    const putinFile = join(directory, "entities", "vladimir-putin.json");
    const putin = JSON.parse(readFileSync(putinFile, "utf8"));
    writeFileSync(putinFile, JSON.stringify({ ...putin, name: `${putin.name}\u001b]0;pwned\u0007\u001b[31m` }));
    const query = newsfacts("query", "entities", "--kind", "person", "--data", directory);
    expect(query.status, query.stderr).toBe(0);
    expect([...query.stdout].filter((character) => character === "\u0007" || character === "\u001b")).toEqual([]);
    expect(query.stdout).toContain("\\u001b]0;pwned\\u0007\\u001b[31m");
    editRecord(
      directory,
      "quotes.json",
      () => true,
      (record) => {
        record["\u001b[2J\u009b"] = true;
      },
    );
    const validate = newsfacts("validate", directory);
    expect(validate.status).toBe(1);
    expect([...validate.stderr].filter((character) => character === "\u001b" || character === "\u009b")).toEqual([]);
    expect(validate.stderr).toContain('unknown field "\\u001b[2J\\u009b"');
  });
});

describe("newsfacts export writes safely", () => {
  it("refuses an empty --out, a file, a symbolic link and a non-empty folder without --force", () => {
    const folder = scratch();
    const file = join(folder, "file");
    writeFileSync(file, "keep me");
    const link = join(folder, "link");
    symlinkSync(scratch(), link);
    const full = join(folder, "full");
    mkdirSync(full);
    writeFileSync(join(full, "mine.txt"), "keep me");
    expectOneLine(newsfacts("export", "--format", "jsonld", "--out", ""), 2, /--out is empty/);
    expectOneLine(newsfacts("export", "--format", "jsonld", "--out", file), 2, /exists and is not a directory/);
    expectOneLine(newsfacts("export", "--format", "jsonld", "--out", link), 2, /is a symbolic link/);
    expectOneLine(newsfacts("export", "--format", "jsonld", "--out", full), 2, /is not empty: pass --force/);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(full)).toEqual(["mine.txt"]);
    expect(readdirSync(folder).sort()).toEqual(["file", "full", "link"]);
  });

  it("with --force replaces a symbolic link in --out instead of writing through it, and keeps other files", () => {
    const out = scratch();
    const outside = join(scratch(), "victim.txt");
    writeFileSync(outside, "not yours");
    symlinkSync(outside, join(out, "newsfacts.jsonld"));
    writeFileSync(join(out, "mine.txt"), "keep me");
    const result = newsfacts("export", "--format", "jsonld", "--out", out, "--force");
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(outside, "utf8")).toBe("not yours");
    expect(lstatSync(join(out, "newsfacts.jsonld")).isFile()).toBe(true);
    expect(readFileSync(join(out, "mine.txt"), "utf8")).toBe("keep me");
  });

  it("leaves nothing behind when the data does not validate, and honours --data for json-schema", () => {
    const directory = copyData();
    editRecord(
      directory,
      "quotes.json",
      () => true,
      (record) => {
        record.speaker = "nobody";
      },
    );
    const parent = scratch();
    const out = join(parent, "out");
    for (const format of ["jsonld", "json-schema"]) {
      const result = newsfacts("export", "--format", format, "--out", out, "--data", directory);
      // The issue, located as newsfacts validate locates it, then one line.
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(
        /^\S+quotes\.json:\d+:\d+ .*"nobody".*\nnewsfacts export: .* has 1 problem\(s\)\n$/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(parent)).toEqual([]);
    }
  });

  it("reports an --out it cannot create with one line", () => {
    const file = join(scratch(), "file");
    writeFileSync(file, "");
    expectOneLine(
      newsfacts("export", "--format", "ndjson", "--out", join(file, "out")),
      2,
      /--out .* cannot be written/,
    );
  });
});
