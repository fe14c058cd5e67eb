import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Packages that must stay out of the main entry: the validator's, not every application's start-up cost. */
function isForbidden(module: string): boolean {
  return (
    /(^|\/node_modules\/)(zod|edtf|jsonc-parser)(\/|$)/.test(module) ||
    module === "date-fns" ||
    /\/node_modules\/date-fns\/index\.c?js$/.test(module)
  );
}

/** The entries that must load fast: the main entry, and the exports, which work on documents already validated. */
describe.each(["index", "formats"])("the %s entry", (entry) => {
  it(`dist/${entry}.js imports neither zod, nor edtf, nor the date-fns barrel (static imports)`, () => {
    const source = readFileSync(`dist/${entry}.js`, "utf8");
    const modules = [...source.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$/gm)].map((match) => match[1] ?? "");
    expect(modules.filter(isForbidden)).toEqual([]);
  });

  it(`dist/${entry}.cjs loads neither zod, nor edtf, nor the date-fns barrel when required`, () => {
    const loaded: string[] = JSON.parse(
      execFileSync(
        process.execPath,
        ["-e", `require("./dist/${entry}.cjs"); console.log(JSON.stringify(Object.keys(require.cache)))`],
        {
          encoding: "utf8",
        },
      ),
    );
    expect(loaded.some((file) => file.endsWith(`dist/${entry}.cjs`))).toBe(true);
    expect(loaded.filter(isForbidden)).toEqual([]);
  });
});

/** The Parquet writer (bundled from hyparquet-writer) is loaded only by `newsfacts/parquet` and `export --format parquet`. */
describe("the Parquet writer", () => {
  it.each(["index.js", "index.cjs", "formats.js", "formats.cjs", "cli.js"])("is not in dist/%s", (file) => {
    expect(readFileSync(`dist/${file}`, "utf8")).not.toContain("parquetWrite");
  });

  it("is in dist/parquet.js and dist/parquet.cjs, so the subpath needs no ESM-only package at run time", () => {
    for (const file of ["parquet.js", "parquet.cjs"]) {
      const source = readFileSync(`dist/${file}`, "utf8");
      expect(source).toContain("parquetWrite");
      expect(source).not.toMatch(/from\s*"hyparquet|require\("hyparquet/);
    }
  });
});
