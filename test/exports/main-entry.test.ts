/**
 * The main entry must load neither zod, nor the EDTF parser, nor date-fns (the validator's, per function): this
 * walks its import graph in the sources (type-only imports are erased and do not count).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Whether an import clause names only types (`{ type A, type B }`): the compiler erases it. */
function isTypeOnly(clause: string): boolean {
  if (!clause.startsWith("{")) return false;
  const names = clause
    .slice(1, -1)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.every((name) => name.startsWith("type "));
}

/** The modules a module loads at run time (value imports and re-exports), as written. */
function valueImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const statements = source.matchAll(/^(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gms);
  return [...statements].filter(([, clause]) => !isTypeOnly(clause ?? "")).map(([, , specifier]) => specifier ?? "");
}

/** Every package a module loads, following relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  };
  visit(resolve(entry));
  return packages;
}

describe("the main entry", () => {
  const packages = packagesLoadedBy(join("src", "exports", "index.ts"));

  it("loads no schema library and no EDTF parser", () => {
    expect([...packages].filter((name) => name === "zod" || name.startsWith("zod/") || name === "edtf")).toEqual([]);
  });

  it("loads no date-fns: dates are compared as epoch milliseconds, and date-fns' exports map alone costs ~10 ms", () => {
    expect([...packages].filter((name) => name === "date-fns" || name.startsWith("date-fns/"))).toEqual([]);
  });

  it("leaves date-fns to the validator, through per-function subpaths, never the barrel", () => {
    const validator = packagesLoadedBy(join("src", "exports", "validate.ts"));
    expect(validator.has("date-fns")).toBe(false);
    expect([...validator].filter((name) => name.startsWith("date-fns/")).length).toBeGreaterThan(0);
  });

  it("is what the validate entry is not: createCorpus needs zod", () => {
    expect(packagesLoadedBy(join("src", "exports", "validate.ts")).has("zod")).toBe(true);
  });
});
