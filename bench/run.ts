/**
 * `npm run bench [-- --docs N] [-- --json] [-- --seed S] [-- --only part,part]`: the package's performance on synthetic
 * corpora of 1, 100, 1,000, N / 10 and N documents (default 10,000) shaped like the shipped one, each figure beside
 * what it should be compared with, measured in the same run and interleaved:
 * - validation beside Ajv's compiled check of the same records, raw Zod, and `createCorpus` (`areas/validation.ts`);
 * - validation at N / 10 and N documents, each in processes of their own (`areas/fresh-processes.ts`);
 * - first queries, cold (first in a process) and warm (`areas/first-queries.ts`);
 * - every query beside the scan an application would write (`areas/queries.ts`), `entity(id)` beside `Map.get`
 *   (`areas/entity-lookup.ts`);
 * - importing the package beside importing an empty module, the command line beside a bare node
 *   (`areas/start-up.ts`), and the size of every entry point (`areas/entry-sizes.ts`).
 * The budgets (`budgets.ts`) are checked against these figures; `--json` prints every figure. `--only` measures some
 * parts alone (`validation`, `scaling`, `first-queries`, `queries`, `start-up`; all by default), e.g. the parts that
 * need 10,000 documents: `--docs 10000 --only scaling,first-queries,queries`.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { entrySizes } from "./areas/entry-sizes.js";
import { measureColdFirstQueries, measureScaling } from "./areas/fresh-processes.js";
import { measureStartUp } from "./areas/start-up.js";
import { budgets } from "./budgets.js";
import { measureSize, progress } from "./measure-size.js";
import { type BenchResult, report } from "./report.js";
import { consumed } from "./timing.js";

/** The parts `--only` may name. */
const PARTS = ["validation", "scaling", "first-queries", "queries", "start-up"] as const;

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    only: { type: "string", default: PARTS.join(",") },
  },
});
const only = new Set(values.only.split(","));
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only expects some of ${PARTS.join(", ")}`);
}
const DOCS = Number(values.docs);
const SEED = Number(values.seed);
for (const [name, value] of [
  ["--docs", DOCS],
  ["--seed", SEED],
] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a positive integer`);
}
const SIZES = [...new Set([1, 100, 1000, Math.round(DOCS / 10), DOCS])]
  .filter((size) => size >= 1 && size <= DOCS)
  .sort((a, b) => a - b);

const started = performance.now();
if ((globalThis as { gc?: unknown }).gc === undefined)
  progress("run with --expose-gc for memory figures (npm run bench does)");
const dist = resolve("dist");
const built = existsSync(join(dist, "index.js"));
if (!built) progress("dist/ is missing: run `npm run build` for the start-up figures and the entry point sizes");

// The processes of their own run first, before this process holds the largest corpus in memory.
let scaling: ReturnType<typeof measureScaling> | undefined;
if (only.has("scaling") && DOCS >= 10) {
  progress(`validation at ${Math.round(DOCS / 10)} and ${DOCS} documents, in separate processes`);
  scaling = measureScaling(DOCS, SEED);
}
let coldFirstQueriesMs: ReturnType<typeof measureColdFirstQueries> | undefined;
if (only.has("first-queries")) {
  progress(`cold first queries at ${DOCS} documents, in separate processes`);
  coldFirstQueriesMs = measureColdFirstQueries(DOCS, SEED);
}
let startUp: ReturnType<typeof measureStartUp> | undefined;
if (only.has("start-up") && built) {
  progress("start-up: spawned processes");
  startUp = measureStartUp(dist);
}
const parts = { validation: only.has("validation"), queries: only.has("queries") || only.has("first-queries") };
const sizes = parts.validation || parts.queries ? SIZES.map((size) => measureSize(size, SEED, parts)) : [];

const result: BenchResult = {
  node: process.version,
  seed: SEED,
  sizes,
  scaling,
  coldFirstQueriesMs,
  startUp,
  entrySizes: built && only.has("start-up") ? entrySizes(dist) : undefined,
  budgets: budgets({ sizes, scaling, coldFirstQueriesMs, startUp }),
  seconds: (performance.now() - started) / 1000,
};
if (values.json) process.stdout.write(`${JSON.stringify({ ...result, consumed: consumed() }, null, 2)}\n`);
else process.stdout.write(`${report(result)}\n`);
