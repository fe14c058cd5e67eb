/**
 * The guides of the documentation site cannot drift from the package: every ```js snippet with `//=>` lines is run
 * against the real entry points, its imports must name real exports, and every ```json example with an `id` must
 * match the shipped record with that id. The snippets show the shipped article: their `corpus` is a corpus of that
 * article alone, so that a document added to `data/` changes none of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { DATA_DIRECTORY } from "../helpers/data-copy.js";
import { corpus as articleCorpus } from "../helpers/shipped-article.js";

/** The guides written for the site (the data notes and the generated catalogue are checked elsewhere). */
const GUIDES = [
  "README.md",
  "docs/getting-started.md",
  "docs/data-model.md",
  "docs/querying.md",
  "docs/adding-an-article.md",
  "docs/contributing.md",
  "docs/data-at-scale.md",
  "docs/command-line.md",
  "docs/the-data.md",
];

/** The package's entry points as a user imports them, mapped to their sources. */
const ENTRY_POINTS: Record<string, () => Promise<Record<string, unknown>>> = {
  newsfacts: async () => ({ ...(await import("../../src/exports/index.js")), corpus: articleCorpus }),
  "newsfacts/schema": () => import("../../src/exports/schema.js"),
  "newsfacts/validate": () => import("../../src/exports/validate.js"),
  "newsfacts/node": () => import("../../src/exports/node.js"),
};

interface Block {
  readonly where: string;
  readonly language: string;
  readonly code: string;
}

/** The fenced code blocks of a Markdown file, with the line each starts on. */
function codeBlocks(file: string): Block[] {
  const markdown = readFileSync(file, "utf8");
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    where: `${file}:${markdown.slice(0, match.index).split("\n").length}`,
    language: match[1] ?? "",
    code: match[2] ?? "",
  }));
}

interface Check {
  readonly code: string;
  readonly expected: string;
}

/** A snippet split into its imports and, for each `//=>` line, the statements before it and the expression it shows. */
function parseSnippet(code: string): { imports: [string, string[]][]; statements: string[]; checks: Check[] } {
  const imports: [string, string[]][] = [];
  const statements: string[] = [];
  const checks: Check[] = [];
  let pending: string[] = [];
  for (const line of code.split("\n")) {
    const imported = line.match(/^import \{ (.+) \} from "([^"]+)";$/);
    if (imported) {
      imports.push([imported[2] ?? "", (imported[1] ?? "").split(",").map((name) => name.trim())]);
    } else if (line.startsWith("//=>")) {
      checks.push({ code: `${statements.join("\n")}\nreturn (${pending.join("\n")});`, expected: line.slice(4) });
      pending = [];
    } else if (line.trim() === "") {
      statements.push(...pending);
      pending = [];
    } else if (line.trimEnd().endsWith(";")) {
      statements.push(...pending, line);
      pending = [];
    } else {
      pending.push(line);
    }
  }
  return { imports, statements, checks };
}

/** Runs code with the imported names in scope. */
function run(code: string, scope: Record<string, unknown>): unknown {
  return new Function(...Object.keys(scope), code)(...Object.values(scope));
}

/** Whether `example` is `actual` with some fields left out; an example array's items each match some actual item. */
function isPartOf(example: unknown, actual: unknown): boolean {
  if (Array.isArray(example)) {
    return Array.isArray(actual) && example.every((item) => actual.some((candidate) => isPartOf(item, candidate)));
  }
  if (typeof example === "object" && example !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return false;
    return Object.entries(example).every(([key, value]) => isPartOf(value, (actual as Record<string, unknown>)[key]));
  }
  return Object.is(example, actual);
}

const BLOCKS = GUIDES.flatMap(codeBlocks);
const SNIPPETS = BLOCKS.filter((block) => block.language === "js" && block.code.includes("//=>"));
const JSON_EXAMPLES = BLOCKS.filter((block) => block.language === "json");

describe("the guides' code snippets", () => {
  it("are found: every query method of the cookbook is shown", () => {
    const code = SNIPPETS.map((snippet) => snippet.code).join("\n");
    for (const method of [
      "entity",
      "entities",
      "mentions",
      "quote",
      "quotes",
      "claim",
      "claims",
      "conflicts",
      "dates",
      "timeline",
      "uncertainty",
      "certaintyOf",
      "sentenceOf",
      "context",
      "text",
      "documentOf",
      "boundsOf",
    ]) {
      expect(code, method).toContain(`.${method}(`);
    }
    expect(code).toContain("createCorpus(");
  });

  it.each(SNIPPETS.map((snippet) => [snippet.where, snippet] as const))("%s runs as shown", async (_where, snippet) => {
    const { imports, checks } = parseSnippet(snippet.code);
    expect(checks.length).toBeGreaterThan(0);
    const scope: Record<string, unknown> = {};
    for (const [from, names] of imports) {
      const load = ENTRY_POINTS[from];
      expect(load, `"${from}" is not an entry point of the package`).toBeDefined();
      const entry = await (load as () => Promise<Record<string, unknown>>)();
      for (const name of names) {
        expect(Object.keys(entry), `"${name}" is not exported by "${from}"`).toContain(name);
        scope[name] = entry[name];
      }
    }
    for (const check of checks) {
      const actual = run(check.code, scope);
      expect(actual, check.code).toEqual(run(`return (${check.expected});`, scope));
    }
  });
});

describe("the guides' JSON examples", () => {
  const { documents, issues } = validateDirectory(DATA_DIRECTORY);
  const records = new Map<string, unknown>();
  for (const document of documents) {
    for (const record of [
      document.document,
      document.document.publicationDate,
      ...document.document.segments,
      ...document.entities,
      ...document.quotes,
      ...document.claims,
      ...document.temporalExpressions,
      ...document.temporalLinks,
      ...document.uncertaintyMarkers,
    ]) {
      records.set(record.id, record);
    }
  }

  it("are checked against valid shipped data", () => {
    expect(issues).toEqual([]);
    expect(JSON_EXAMPLES.length).toBeGreaterThan(5);
  });

  it.each(JSON_EXAMPLES.map((block) => [block.where, block] as const))("%s matches the shipped record", (_w, block) => {
    const example = JSON.parse(block.code) as { id?: string };
    expect(example.id, "a JSON example names the record it shows by its id").toBeDefined();
    const record = records.get(example.id ?? "");
    expect(record, `no shipped record "${example.id}"`).toBeDefined();
    expect(isPartOf(example, record), `${block.where} differs from the shipped record ${example.id}`).toBe(true);
  });
});
