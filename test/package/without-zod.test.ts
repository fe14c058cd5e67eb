/**
 * zod is a peer dependency that only validation needs: a project that installs the packed tarball without it must
 * type-check against the main entry's declarations, run a query from ESM and CJS, and run `newsfacts --help` and
 * `newsfacts query`; `newsfacts validate` says in one line what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { installPackedProject } from "../helpers/packed-project.js";

/** The temporary project: the tarball installed with `--omit=peer`, so without zod. */
let project = "";

/** The TypeScript compiler of this repository, run on the project's own tsconfig. */
const TSC = resolve("node_modules", "typescript", "bin", "tsc");

/** Runs the installed binary in the project. */
function newsfactsInProject(...args: string[]) {
  return spawnSync(process.execPath, [join(project, "node_modules", ".bin", "newsfacts"), ...args], {
    cwd: project,
    encoding: "utf8",
  });
}

/** What an application writes: records passed back into the corpus, typed by default with the shipped ids. */
const APPLICATION = `import { corpus, type ClaimRecord, type QuoteRecord } from "newsfacts";

const speakerName = (quote: QuoteRecord): string => corpus.entity(quote.speaker)?.name ?? "?";
const uncertain: readonly ClaimRecord[] = corpus.claims({ view: "author", maxCertainty: "PR" });
const speakers = corpus.quotes({ about: ["union-state", "union-state-programme"] }).map(speakerName);
// @ts-expect-error a misspelt id does not compile: the declarations were read, not taken as any
corpus.entity("vladimir-putn");
console.log(JSON.stringify({ speakers: speakers.length > 0, uncertain: uncertain.length > 0 }));
`;

beforeAll(() => {
  project = installPackedProject(["--omit=peer"]);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        types: [],
        outDir: "out",
      },
      files: ["app.mts", "app.cts"],
    }),
  );
  writeFileSync(join(project, "app.mts"), APPLICATION);
  // The same source as CommonJS: TypeScript compiles its import to require() under NodeNext.
  writeFileSync(join(project, "app.cts"), APPLICATION);
});

describe("the packed package installed without zod", () => {
  it("has no zod to find", () => {
    expect(() => createRequire(join(project, "package.json")).resolve("zod")).toThrow(/Cannot find module/);
  });

  it("type-checks an ESM and a CJS TypeScript application, then runs both", () => {
    const compiled = spawnSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(compiled.stdout + compiled.stderr).toBe("");
    expect(compiled.status).toBe(0);
    for (const file of ["out/app.mjs", "out/app.cjs"]) {
      const output = execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
      expect(JSON.parse(output)).toEqual({ speakers: true, uncertain: true });
    }
  });

  it("runs newsfacts --help and newsfacts query", () => {
    const help = newsfactsInProject("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: newsfacts <command>/);
    const query = newsfactsInProject("query", "quotes", "--speaker", "vladimir-putin", "--format", "json");
    expect(query.stderr).toBe("");
    expect(query.status).toBe(0);
    expect(JSON.parse(query.stdout).map((quote: { speaker: string }) => quote.speaker)).toContain("vladimir-putin");
  });

  it("answers newsfacts validate with one line naming the package to install", () => {
    const validate = newsfactsInProject("validate", resolve("data"));
    expect(validate.stderr).toBe(
      'newsfacts validate: needs the package "zod", which is not installed: npm install zod\n',
    );
    expect(validate.status).toBe(1);
  });
});
