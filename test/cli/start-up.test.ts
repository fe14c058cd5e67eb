/**
 * The command line starts without the validator when it does not need it: a query of the shipped corpus (validated
 * at build time) and `--help` load neither zod, nor the EDTF parser, nor date-fns; `validate` and `--data` do.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The packages whose loading costs the query path most of its start-up: the validator's. */
const VALIDATOR_PACKAGES = /\/node_modules\/(zod|edtf|date-fns)\//;

/** The package names among the modules a run of the built command line loads. */
function packagesLoaded(...args: string[]): string[] {
  const result = spawnSync(
    process.execPath,
    ["--import", "./test/helpers/log-loaded-modules.mjs", "dist/cli.js", ...args],
    { encoding: "utf8" },
  );
  expect(result.status).toBe(0);
  const urls = [...result.stderr.matchAll(/^loaded (\S+)$/gm)].map((match) => match[1] ?? "");
  expect(urls.some((url) => url.endsWith("/dist/cli.js"))).toBe(true);
  return [...new Set(urls.flatMap((url) => VALIDATOR_PACKAGES.exec(url)?.[1] ?? []))].sort();
}

describe("the command line's start-up", () => {
  it("loads no validator package for a query of the shipped corpus", () => {
    expect(packagesLoaded("query", "quotes", "--speaker", "vladimir-putin")).toEqual([]);
    expect(packagesLoaded("query", "dates", "--from", "2021-09", "--json")).toEqual([]);
  });

  it("loads none for --help", () => {
    expect(packagesLoaded("--help")).toEqual([]);
    expect(packagesLoaded("query", "--help")).toEqual([]);
  });

  it("loads zod, edtf and date-fns to validate, and to query a data directory", () => {
    expect(packagesLoaded("validate", "data")).toEqual(["date-fns", "edtf", "zod"]);
    expect(packagesLoaded("query", "claims", "--data", "data")).toEqual(["date-fns", "edtf", "zod"]);
  });
});
