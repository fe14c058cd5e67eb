import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NDJSON_FILES } from "../../src/formats/ndjson/ndjson-tables.js";
import { installPackedProject } from "../helpers/packed-project.js";

/** A temporary project with the packed tarball of this package installed, as a user would have it. */
let project = "";

/** Runs a script file with node inside the temporary project and returns its standard output. */
function runInProject(file: string, source: string): string {
  writeFileSync(join(project, file), source);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
}

/** The guides of the documentation site, whose examples users copy as they copy the README's. */
const GUIDES = readdirSync("docs")
  .filter((file) => file.endsWith(".md"))
  .map((file) => join("docs", file));

/**
 * Every ```js block of a Markdown file that prints what it computes, in order. Snippets that show their results in
 * `//=>` lines instead are run against the sources by test/docs/guides.test.ts.
 */
function printingExamples(file: string): string[] {
  const markdown = readFileSync(file, "utf8");
  return [...markdown.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .filter((code) => !code.includes("//=>"));
}

beforeAll(() => {
  project = installPackedProject();
});

describe("the packed package, installed in a fresh project", () => {
  it("imports from ESM: the main entry, the schema and validate subpaths", () => {
    const output = runInProject(
      "esm.mjs",
      `import { corpus } from "newsfacts";
import { EntitySchema } from "newsfacts/schema";
import { validateDocuments } from "newsfacts/validate";
const result = validateDocuments(corpus.documents.map((document) => structuredClone(document)));
console.log(JSON.stringify({ name: corpus.entity("vladimir-putin")?.name, schema: typeof EntitySchema.parse, issues: result.issues.length }));`,
    );
    expect(JSON.parse(output)).toEqual({ name: "Vladimir Putin", schema: "function", issues: 0 });
  });

  it("exports the formats from ESM and CJS", () => {
    const script = (load: string) => `${load}
const annotations = formats.toWebAnnotations(newsfacts.corpus.documents);
const graph = formats.toJsonLd(newsfacts.corpus.documents)["@graph"];
console.log(JSON.stringify({ annotations: annotations.length > 0, article: graph.some((node) => node["@type"] === "NewsArticle"), files: Object.keys(formats.toNdjson(newsfacts.corpus.documents)).includes("claims.ndjson") }));`;
    const expected = { annotations: true, article: true, files: true };
    const esm = runInProject(
      "formats.mjs",
      script('import * as formats from "newsfacts/formats";\nimport * as newsfacts from "newsfacts";'),
    );
    expect(JSON.parse(esm)).toEqual(expected);
    const cjs = runInProject(
      "formats.cjs",
      script('const formats = require("newsfacts/formats");\nconst newsfacts = require("newsfacts");'),
    );
    expect(JSON.parse(cjs)).toEqual(expected);
  });

  it("loads a data directory with newsfacts/node, from ESM and CJS, with file:line:column issues", () => {
    const data = JSON.stringify(resolve("data"));
    // A data directory with a document folder that has no document.json.
    const broken = mkdtempSync(join(tmpdir(), "newsfacts-broken-"));
    mkdirSync(join(broken, "empty-document"));
    const script = (load: string) => `${load}
const loaded = node.loadCorpus(${data});
let issue = "";
try { node.loadCorpus(${JSON.stringify(broken)}); } catch (error) { issue = error.name + " " + error.issues[0].file; }
console.log(JSON.stringify({ article: loaded.documents.some((document) => document.document.id === "putin-lukashenko-union-state-talks"), issue }));`;
    const expected = {
      article: true,
      issue: `CorpusValidationError ${join(broken, "empty-document", "document.json")}`,
    };
    expect(JSON.parse(runInProject("node.mjs", script('import * as node from "newsfacts/node";')))).toEqual(expected);
    expect(JSON.parse(runInProject("node.cjs", script('const node = require("newsfacts/node");')))).toEqual(expected);
  });

  it("writes Parquet from ESM and CJS through the parquet subpath, the writer bundled in", () => {
    const script = (load: string) => `${load}
const files = parquet.toParquet(newsfacts.corpus.documents);
const bytes = files["claims.parquet"];
console.log(JSON.stringify({ magic: Buffer.from(bytes.subarray(0, 4)).toString(), tables: Object.keys(files).length }));`;
    const expected = { magic: "PAR1", tables: NDJSON_FILES.length };
    const esm = runInProject(
      "parquet.mjs",
      script('import * as parquet from "newsfacts/parquet";\nimport * as newsfacts from "newsfacts";'),
    );
    expect(JSON.parse(esm)).toEqual(expected);
    const cjs = runInProject(
      "parquet.cjs",
      script('const parquet = require("newsfacts/parquet");\nconst newsfacts = require("newsfacts");'),
    );
    expect(JSON.parse(cjs)).toEqual(expected);
  });

  it("requires from CJS", () => {
    const output = runInProject(
      "cjs.cjs",
      `const { corpus } = require("newsfacts");
const { DocumentSchema } = require("newsfacts/schema");
const article = corpus.documents.find((document) => document.document.id === "putin-lukashenko-union-state-talks");
console.log(JSON.stringify({ title: article.document.title, frozen: Object.isFrozen(article), schema: typeof DocumentSchema.safeParse }));`,
    );
    expect(JSON.parse(output)).toEqual({
      title: "Putin and Lukashenko discuss integrating Russia and Belarus",
      frozen: true,
      schema: "function",
    });
  });

  it("runs the README's usage example as written", () => {
    const output = runInProject("readme-example.mjs", printingExamples("README.md")[0] ?? "");
    const [first, ...sentences] = output.split("\n");
    expect(first).toMatch(/^Vladimir Putin \d+$/);
    expect(sentences.some((sentence) => sentence.includes("summarise the results"))).toBe(true);
    expect(output).toContain("2021-09-10/2021-09-16");
  });

  it("runs every other example of the README and the guides as written, each printing what it computed", () => {
    const examples = [...printingExamples("README.md").slice(1), ...GUIDES.flatMap(printingExamples)];
    // The formats guide's examples, which the README held before, are among them.
    for (const entry of ["newsfacts/formats", "newsfacts/parquet"]) {
      expect(examples.some((example) => example.includes(`from "${entry}"`))).toBe(true);
    }
    examples.forEach((example, index) => {
      const output = runInProject(`example-${index + 1}.mjs`, example);
      expect(output.trim(), example).toMatch(/^\d+( \d+)*$/);
    });
  });

  it("ships the newsfacts binary, which validates a data directory", () => {
    const output = execFileSync(join(project, "node_modules", ".bin", "newsfacts"), ["validate", resolve("data")], {
      cwd: project,
      encoding: "utf8",
    });
    expect(output).toContain("document putin-lukashenko-union-state-talks: ");
    expect(output).toMatch(/\d+ document\(s\), \d+ record\(s\), 0 problem\(s\)/);
  });

  it("ships the newsfacts binary with its Parquet export, which is loaded only for that format", () => {
    const out = mkdtempSync(join(tmpdir(), "newsfacts-packed-parquet-"));
    const output = execFileSync(
      join(project, "node_modules", ".bin", "newsfacts"),
      ["export", "--format", "parquet", "--out", out],
      { cwd: project, encoding: "utf8" },
    );
    expect(output).toContain(join(out, "quotes.parquet"));
  });

  it("ships the JSON Schemas on the json-schema subpath, file-level and record-level", () => {
    const output = runInProject(
      "schema.cjs",
      `console.log(require.resolve("newsfacts/json-schema/quotes.schema.json"));
console.log(require.resolve("newsfacts/json-schema/records/quote.schema.json"));`,
    );
    const [file, record] = output.trim().split("\n");
    expect(JSON.parse(readFileSync(file ?? "", "utf8")).$defs.Quote.additionalProperties).toBe(false);
    expect(JSON.parse(readFileSync(record ?? "", "utf8")).$ref).toBe("#/$defs/Quote");
  });
});
