/**
 * `npm run bench [-- --docs N] [-- --json] [-- --seed S]`: performance at corpus scale, on synthetic corpora of 1, 100,
 * 1,000 and N documents (default 10,000) shaped like the shipped one. Measures validation throughput (schema layer
 * and check layer), first-query index builds and memory, every query against a naive linear scan on the same corpus,
 * `entity(id)` against a raw `Map.get`, the cost of importing the built main entry against a bare `node -e ""`, and
 * the size of every built entry point. Each time is the median of repeated runs, and each ratio compares figures
 * measured in the same run, interleaved, so that other work on the machine weighs on both sides alike.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { Corpus } from "../src/corpus/corpus.js";
import { deepFreeze } from "../src/corpus/deep-readonly.js";
import { containsPhrase, nameWords } from "../src/corpus/name-words.js";
import { dateBounds } from "../src/dates/date-bounds.js";
import { readShippedData } from "../src/generated/shipped-data.js";
import type { AnnotatedDocument } from "../src/schema/annotated-document.js";
import { recordCount } from "../src/validate/document-ids.js";
import { checkLayer, schemaLayer } from "../src/validate/validate-documents.js";
import { syntheticCorpus, syntheticSuffix } from "./synthetic-corpus.js";

// ---------------------------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a positive integer`);
  return value;
}
const DOCS = option("--docs", 10_000);
const SEED = option("--seed", 1);
const JSON_OUTPUT = argv.includes("--json");
const SIZES = [...new Set([1, 100, 1000, Math.round(DOCS / 10), DOCS])]
  .filter((size) => size >= 1 && size <= DOCS)
  .sort((a, b) => a - b);

/** Progress goes to stderr, so that `--json` output stays clean. */
function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Timing

let sink = 0;
/** Keeps a result alive so the engine cannot drop the work that made it. */
function consume(value: unknown): void {
  if (Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How many calls make one batch of at least `minMs`. */
function batchSize(fn: () => unknown, minMs: number): number {
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let call = 0; call < calls; call++) consume(fn());
    if (performance.now() - start >= minMs || calls >= 1 << 24) return calls;
    calls *= 2;
  }
}

/** The time of one batch of calls, per call, in ms. */
function timeBatch(fn: () => unknown, calls: number): number {
  const start = performance.now();
  for (let call = 0; call < calls; call++) consume(fn());
  return (performance.now() - start) / calls;
}

/**
 * The median time per call (ms) of each function, sampled in turn (a, b, a, b, ...) so that both see the same load.
 */
function compare(fns: readonly (() => unknown)[], samples: number, minBatchMs = 5): number[] {
  const calls = fns.map((fn) => batchSize(fn, minBatchMs));
  const times: number[][] = fns.map(() => []);
  for (let sample = 0; sample < samples; sample++) {
    fns.forEach((fn, index) => {
      times[index]?.push(timeBatch(fn, calls[index] ?? 1));
    });
  }
  return times.map(median);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------------------------------------------------------
// Queries and the naive scans they are compared with

interface QueryCase {
  readonly name: string;
  /** `few` and `many` cases of the four filtered queries the budgets name; `other` for the rest. */
  readonly group: "few" | "many" | "other";
  readonly query: () => unknown;
  readonly scan: () => unknown;
}

type Bounds = ReadonlyMap<string, readonly [number | null, number | null]>;

function instant(day: string, endOfDay = false): number {
  return Date.parse(`${day}T00:00:00Z`) + (endOfDay ? 86_400_000 - 1 : 0);
}

function queryCases(corpus: Corpus, documents: readonly AnnotatedDocument[], bounds: Bounds): QueryCase[] {
  const middle = Math.floor(documents.length / 2);
  const suffix = syntheticSuffix(middle);
  const target = documents[middle] as AnnotatedDocument;
  const day = target.document.publicationDate.value;
  const docId = target.document.id;
  const few = {
    speaker: `belarusian-ambassador${suffix}`,
    about: `zapad-2021${suffix}`,
    claim: `claim-moscow-200000-troops${suffix}`,
    quote: `quote-peskov-no-documents-signed${suffix}`,
    expression: `time-thursday-evening${suffix}`,
  };
  const each = <T>(pick: (document: AnnotatedDocument) => readonly T[], keep: (record: T) => boolean) => {
    const found: T[] = [];
    for (const document of documents) for (const record of pick(document)) if (keep(record)) found.push(record);
    return found;
  };
  const overlapping = (start: number, end: number, type?: string) =>
    each(
      (document) => document.temporalExpressions,
      (expression) => {
        if (type !== undefined && expression.type !== type) return false;
        const bound = bounds.get(expression.id);
        return bound !== undefined && (bound[0] ?? -Infinity) <= end && (bound[1] ?? Infinity) >= start;
      },
    );
  const findRecord = (id: string) => {
    for (const document of documents) {
      for (const collection of [
        "quotes",
        "claims",
        "temporalExpressions",
        "temporalLinks",
        "uncertaintyMarkers",
      ] as const)
        for (const record of document[collection]) if (record.id === id) return record;
    }
    return undefined;
  };
  const claimRecord = corpus.claim(few.claim);
  const peskov = nameWords("peskov");
  return [
    {
      name: `quotes({ speaker }) — 1 speaker of 1 document`,
      group: "few",
      query: () => corpus.quotes({ speaker: few.speaker }),
      scan: () =>
        each(
          (document) => document.quotes,
          (quote) => quote.speaker === few.speaker,
        ),
    },
    {
      name: `claims({ about }) — an event of 1 document`,
      group: "few",
      query: () => corpus.claims({ about: few.about }),
      scan: () =>
        each(
          (document) => document.claims,
          (claim) => claim.about.includes(few.about),
        ),
    },
    {
      name: `dates({ from, to, type: "TIME" }) — 1 day`,
      group: "few",
      query: () => corpus.dates({ from: day, to: day, type: "TIME" }),
      scan: () => overlapping(instant(day), instant(day, true), "TIME"),
    },
    {
      name: `uncertainty({ target }) — 1 claim`,
      group: "few",
      query: () => corpus.uncertainty({ target: few.claim }),
      scan: () =>
        each(
          (document) => document.uncertaintyMarkers,
          (marker) => marker.affects.includes(few.claim),
        ),
    },
    {
      name: `quotes({ speaker }) — alexander-lukashenko`,
      group: "many",
      query: () => corpus.quotes({ speaker: "alexander-lukashenko" }),
      scan: () =>
        each(
          (document) => document.quotes,
          (quote) => quote.speaker === "alexander-lukashenko",
        ),
    },
    {
      name: `claims({ about }) — belarus`,
      group: "many",
      query: () => corpus.claims({ about: "belarus" }),
      scan: () =>
        each(
          (document) => document.claims,
          (claim) => claim.about.includes("belarus"),
        ),
    },
    {
      name: `dates({ from, to }) — 1 day, every type`,
      group: "many",
      query: () => corpus.dates({ from: day, to: day }),
      scan: () => overlapping(instant(day), instant(day, true)),
    },
    {
      name: `dates({ from, to }) — year 2021`,
      group: "many",
      query: () => corpus.dates({ from: "2021", to: "2021" }),
      scan: () => overlapping(instant("2021-01-01"), instant("2021-12-31", true)),
    },
    {
      name: `uncertainty({ category: "evidential" })`,
      group: "many",
      query: () => corpus.uncertainty({ category: "evidential" }),
      scan: () =>
        each(
          (document) => document.uncertaintyMarkers,
          (marker) => marker.category === "evidential",
        ),
    },
    {
      name: `quotes({ document })`,
      group: "other",
      query: () => corpus.quotes({ document: docId }),
      scan: () => documents.filter((document) => document.document.id === docId).flatMap((document) => document.quotes),
    },
    {
      name: `claims({ relatedTo })`,
      group: "other",
      query: () => corpus.claims({ relatedTo: few.claim }),
      scan: () => {
        const related = claimRecord?.relations.map((relation) => relation.target) ?? [];
        return each(
          (document) => document.claims,
          (claim) => related.includes(claim.id) || claim.relations.some((relation) => relation.target === few.claim),
        );
      },
    },
    {
      name: `claims({ claimant: "dmitri-peskov", polarity: "-" })`,
      group: "other",
      query: () => corpus.claims({ claimant: "dmitri-peskov", polarity: "-" }),
      scan: () =>
        each(
          (document) => document.claims,
          (claim) => claim.claimant === "dmitri-peskov" && ["CT-", "PR-", "PS-"].includes(claim.factuality.claimant),
        ),
    },
    {
      name: `entities({ name: "peskov" })`,
      group: "other",
      query: () => corpus.entities({ name: "peskov" }),
      scan: () => {
        const seen = new Set<string>();
        return each(
          (document) => document.entities,
          (entity) => {
            if (seen.has(entity.id)) return false;
            const match = [entity.name, ...entity.aliases].some((name) => containsPhrase(nameWords(name), peskov));
            if (match) seen.add(entity.id);
            return match;
          },
        );
      },
    },
    {
      name: `entities({ kind: "person" })`,
      group: "other",
      query: () => corpus.entities({ kind: "person" }),
      scan: () => {
        const seen = new Set<string>();
        return each(
          (document) => document.entities,
          (entity) => entity.kind === "person" && !seen.has(entity.id) && Boolean(seen.add(entity.id)),
        );
      },
    },
    {
      name: `mentions(id) — an event of 1 document`,
      group: "other",
      query: () => corpus.mentions(few.about),
      scan: () =>
        each(
          (document) => document.entities.filter((entity) => entity.id === few.about),
          () => true,
        ).flatMap((entity) => entity.mentions),
    },
    {
      name: `quote(id)`,
      group: "other",
      query: () => corpus.quote(few.quote),
      scan: () => findRecord(few.quote),
    },
    {
      name: `certaintyOf(id)`,
      group: "other",
      query: () => corpus.certaintyOf(few.claim),
      scan: () => ({
        record: findRecord(few.claim),
        markers: each(
          (document) => document.uncertaintyMarkers,
          (marker) => marker.affects.includes(few.claim),
        ),
      }),
    },
    {
      name: `documentOf(record)`,
      group: "other",
      query: () => claimRecord && corpus.documentOf(claimRecord),
      scan: () => documents.find((document) => document.claims.some((claim) => claim.id === few.claim))?.document.id,
    },
    {
      name: `boundsOf(id)`,
      group: "other",
      query: () => corpus.boundsOf(few.expression),
      scan: () => {
        const expression = findRecord(few.expression);
        return expression && bounds.get(expression.id);
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// One corpus size

/** First queries whose result covers the whole corpus. */
const WHOLE_CORPUS_RESULTS: ReadonlySet<string> = new Set(["conflicts()", "timeline()"]);

interface SizeResult {
  readonly documents: number;
  readonly records: number;
  readonly validation: {
    readonly schemaMs: number;
    readonly checksMs: number;
    readonly totalMs: number;
    readonly schemaRecordsPerSecond: number;
    readonly checksRecordsPerSecond: number;
    readonly totalRecordsPerSecond: number;
    readonly issues: number;
  };
  readonly corpus: {
    readonly dateBoundsMs: number;
    readonly freezeMs: number;
    readonly documentBytesPerRecord: number;
  };
  readonly indexes: {
    readonly firstQueryMs: Readonly<Record<string, number>>;
    readonly totalMs: number;
    readonly slowestMs: number;
    readonly heapBytesPerRecord: number;
    readonly rssBytesPerRecord: number;
  };
  readonly queries: readonly {
    readonly name: string;
    readonly group: string;
    readonly results: number;
    readonly queryMs: number;
    readonly scanMs: number;
    readonly ratio: number;
    readonly agrees: boolean;
  }[];
  readonly entityLookup: { readonly entityNs: number; readonly mapGetNs: number; readonly ratio: number };
}

function measureSize(size: number): SizeResult {
  progress(`${size} documents: generating`);
  const heapBefore = heapUsed();
  const documents = syntheticCorpus(size, { seed: SEED });
  const records = documents.reduce((sum, document) => sum + recordCount(document), 0);
  const documentBytes = heapUsed() - heapBefore;

  progress(`${size} documents (${records} records): validating`);
  const validationSamples = size >= 500 ? 3 : 7;
  let issues = 0;
  const { valid, findings } = schemaLayer(documents);
  issues += findings.length + checkLayer(valid, documents.length).length;
  const [schemaMs, checksMs] = compare(
    [() => schemaLayer(documents), () => checkLayer(valid, documents.length)],
    validationSamples,
    20,
  ) as [number, number];
  const totalMs = schemaMs + checksMs;

  progress(`${size} documents: building the corpus and its indexes`);
  let start = performance.now();
  const bounds = dateBounds(documents);
  const dateBoundsMs = performance.now() - start;
  start = performance.now();
  const frozen = deepFreeze(documents) as unknown as AnnotatedDocument[];
  const freezeMs = performance.now() - start;

  const middle = Math.floor(size / 2);
  const suffix = syntheticSuffix(middle);
  const day = (documents[middle] as AnnotatedDocument).document.publicationDate.value;
  const firstQueries: [string, (corpus: Corpus) => unknown][] = [
    ["entity(id)", (corpus) => corpus.entity("vladimir-putin")],
    ["quote(id)", (corpus) => corpus.quote(`quote-peskov-no-documents-signed${suffix}`)],
    ["mentions(id)", (corpus) => corpus.mentions("vladimir-putin")],
    ["quotes({ speaker })", (corpus) => corpus.quotes({ speaker: "vladimir-putin" })],
    ["claims({ about })", (corpus) => corpus.claims({ about: `zapad-2021${suffix}` })],
    ["dates({ from, to })", (corpus) => corpus.dates({ from: day, to: day })],
    ["uncertainty({ target })", (corpus) => corpus.uncertainty({ target: `claim-moscow-200000-troops${suffix}` })],
    ["entities({ name })", (corpus) => corpus.entities({ name: "peskov" })],
    ["conflicts()", (corpus) => corpus.conflicts()],
    ["timeline()", (corpus) => corpus.timeline()],
  ];
  // Each round wraps the same frozen documents in a new corpus, so every first query builds its indexes again.
  const rounds = 3;
  const builds: number[][] = firstQueries.map(() => []);
  let corpus = new Corpus(frozen, bounds);
  let heapIndexes = 0;
  let rssIndexes = 0;
  for (let round = 0; round < rounds; round++) {
    corpus = new Corpus(frozen, bounds);
    const heapStart = heapUsed();
    const rssStart = process.memoryUsage().rss;
    firstQueries.forEach(([, query], index) => {
      const queryStart = performance.now();
      consume(query(corpus));
      builds[index]?.push(performance.now() - queryStart);
    });
    heapIndexes = heapUsed() - heapStart;
    rssIndexes = process.memoryUsage().rss - rssStart;
  }
  const firstQueryMs = Object.fromEntries(firstQueries.map(([name], index) => [name, median(builds[index] ?? [])]));
  // conflicts() and timeline() are results over the whole corpus (every contradiction, every dated expression with
  // its records and links), not indexes: they are reported, and left out of the index-build budget.
  const buildTimes = Object.entries(firstQueryMs)
    .filter(([name]) => !WHOLE_CORPUS_RESULTS.has(name))
    .map(([, time]) => time);

  progress(`${size} documents: queries against linear scans`);
  const querySamples = size >= 500 ? 7 : 11;
  const queries = queryCases(corpus, frozen, bounds).map((entry) => {
    const [queryMs, scanMs] = compare([entry.query, entry.scan], querySamples, 5) as [number, number];
    const result = entry.query();
    const expected = entry.scan();
    const count = (value: unknown) => (Array.isArray(value) ? value.length : value === undefined ? 0 : 1);
    return {
      name: entry.name,
      group: entry.group,
      results: count(result),
      queryMs,
      scanMs,
      ratio: scanMs / queryMs,
      agrees: count(result) === count(expected),
    };
  });

  progress(`${size} documents: entity(id) against Map.get`);
  const raw = new Map<string, unknown>();
  for (const document of frozen)
    for (const entity of document.entities) if (!raw.has(entity.id)) raw.set(entity.id, entity);
  const allIds = [...raw.keys()];
  const ids = Array.from({ length: 1024 }, (_, index) => allIds[(index * 7919) % allIds.length] as string);
  const lookups = compare(
    [
      () => {
        let found = 0;
        for (const id of ids) if (corpus.entity(id) !== undefined) found++;
        return found;
      },
      () => {
        let found = 0;
        for (const id of ids) if (raw.get(id) !== undefined) found++;
        return found;
      },
    ],
    21,
    10,
  ) as [number, number];
  const [entityNs, mapGetNs] = lookups.map((ms) => (ms * 1e6) / ids.length) as [number, number];

  return {
    documents: size,
    records,
    validation: {
      schemaMs,
      checksMs,
      totalMs,
      schemaRecordsPerSecond: (records / schemaMs) * 1000,
      checksRecordsPerSecond: (records / checksMs) * 1000,
      totalRecordsPerSecond: (records / totalMs) * 1000,
      issues,
    },
    corpus: { dateBoundsMs, freezeMs, documentBytesPerRecord: documentBytes / records },
    indexes: {
      firstQueryMs,
      totalMs: buildTimes.reduce((sum, time) => sum + time, 0),
      slowestMs: Math.max(...buildTimes),
      heapBytesPerRecord: heapIndexes / records,
      rssBytesPerRecord: rssIndexes / records,
    },
    queries,
    entityLookup: { entityNs, mapGetNs, ratio: entityNs / mapGetNs },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Import cost and sizes of the built package

interface ImportCost {
  readonly runs: number;
  readonly bareMs: number;
  readonly importMs: number;
  readonly addedMs: number;
  readonly inProcessImportMs: number;
  readonly shippedFreezeMs: number;
}

function spawnMs(args: readonly string[]): { wallMs: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${child.stderr}`);
  return { wallMs, stdout: child.stdout };
}

function importCost(entry: string, runs = 15): ImportCost {
  const url = JSON.stringify(pathToFileURL(entry).href);
  const bare: number[] = [];
  const imported: number[] = [];
  const inProcess: number[] = [];
  spawnMs(["-e", `import(${url})`]); // warm the file system cache
  for (let run = 0; run < runs; run++) {
    bare.push(spawnMs(["-e", ""]).wallMs);
    imported.push(spawnMs(["-e", `import(${url})`]).wallMs);
    const timed = spawnMs([
      "-e",
      `const t=performance.now();import(${url}).then(()=>console.log(performance.now()-t))`,
    ]);
    inProcess.push(Number(timed.stdout.trim()));
  }
  // Freezing changes its input, so each sample freezes fresh copies made beforehand.
  const json = JSON.stringify(readShippedData().documents);
  const freezes: number[] = [];
  for (let sample = 0; sample < 11; sample++) {
    const copies = Array.from({ length: 20 }, () => JSON.parse(json));
    const start = performance.now();
    for (const copy of copies) deepFreeze(copy);
    freezes.push((performance.now() - start) / copies.length);
  }
  return {
    runs,
    bareMs: median(bare),
    importMs: median(imported),
    addedMs: median(imported) - median(bare),
    inProcessImportMs: median(inProcess),
    shippedFreezeMs: median(freezes),
  };
}

interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

function entrySizes(dist: string): { files: FileSize[]; mainData: { bytes: number; gzipBytes: number } } {
  const files = readdirSync(dist)
    .filter((file) => /\.c?js$/.test(file))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dist, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  // The embedded data: the string literals passed to JSON.parse in the main entry.
  const main = readFileSync(join(dist, "index.js"), "utf8");
  const literals = [...main.matchAll(/JSON\.parse\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\s*\)/g)]
    .map((match) => match[1] ?? "")
    .join("");
  const data = Buffer.from(literals);
  return { files, mainData: { bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length } };
}

// ---------------------------------------------------------------------------------------------------------------
// Budgets and report

interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly value: string;
  readonly holds: boolean;
}

function budgets(sizes: readonly SizeResult[], imports: ImportCost | undefined, main: FileSize | undefined): Budget[] {
  const largest = sizes[sizes.length - 1] as SizeResult;
  const tenth = sizes.find((size) => size.documents * 10 === largest.documents);
  const list: Budget[] = [
    {
      name: `validation at ${largest.documents} documents (schema + checks)`,
      limit: ">= 250,000 records/s",
      value: `${fmt(largest.validation.totalRecordsPerSecond, 0)} records/s`,
      holds: largest.validation.totalRecordsPerSecond >= 250_000,
    },
  ];
  if (tenth) {
    const ratio = largest.validation.totalMs / tenth.validation.totalMs;
    list.push({
      name: `validation time, ${largest.documents} vs ${tenth.documents} documents`,
      limit: "<= 11x",
      value: `${fmt(ratio, 2)}x`,
      holds: ratio <= 11,
    });
  }
  for (const query of largest.queries.filter((entry) => entry.group === "few")) {
    list.push({
      name: `${query.name} (${query.results} results) vs linear scan`,
      limit: ">= 100x faster",
      value: `${fmt(query.ratio, 0)}x`,
      holds: query.ratio >= 100,
    });
    const before = tenth?.queries.find((entry) => entry.name === query.name);
    if (before) {
      const growth = query.queryMs / before.queryMs;
      const resultsGrowth = Math.max(1, query.results) / Math.max(1, before.results);
      list.push({
        name: `${query.name}: time at ${largest.documents} / at ${tenth?.documents} documents`,
        limit: `grows with results (x${fmt(resultsGrowth, 1)}), not documents (x10): <= max(2, 2 x results growth)`,
        value: `${fmt(growth, 2)}x`,
        holds: growth <= Math.max(2, 2 * resultsGrowth),
      });
    }
  }
  list.push(
    {
      name: "entity(id) vs raw Map.get",
      limit: "<= 2x",
      value: `${fmt(largest.entityLookup.ratio, 2)}x`,
      holds: largest.entityLookup.ratio <= 2,
    },
    {
      name: `slowest first query that builds indexes at ${largest.documents} documents (conflicts/timeline apart)`,
      limit: "< 1,000 ms",
      value: `${fmt(largest.indexes.slowestMs, 0)} ms`,
      holds: largest.indexes.slowestMs < 1000,
    },
  );
  if (imports) {
    list.push({
      name: `import("newsfacts") over bare node -e "" (median of ${imports.runs})`,
      limit: "<= 25 ms",
      value: `${fmt(imports.addedMs, 1)} ms`,
      holds: imports.addedMs <= 25,
    });
  }
  if (main) {
    list.push({
      name: "main entry dist/index.js, gzipped",
      limit: "<= 40 KB",
      value: `${fmt(main.gzipBytes / 1024, 1)} KB`,
      holds: main.gzipBytes <= 40 * 1024,
    });
  }
  return list;
}

function fmt(value: number, digits: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ms(value: number): string {
  if (value >= 100) return fmt(value, 0);
  if (value >= 1) return fmt(value, 2);
  if (value >= 0.001) return fmt(value, 4);
  return value.toExponential(2);
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  return [
    line(headers),
    `|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

function report(
  sizes: readonly SizeResult[],
  imports: ImportCost | undefined,
  files: ReturnType<typeof entrySizes> | undefined,
  list: readonly Budget[],
): string {
  const out: string[] = [];
  const largest = sizes[sizes.length - 1] as SizeResult;
  out.push(
    `newsfacts bench — node ${process.version}, ${sizes.map((size) => size.documents).join(" / ")} documents, seed ${SEED}\n`,
  );
  out.push("Validation (median ms; records/s)\n");
  out.push(
    table(
      ["documents", "records", "schema ms", "schema rec/s", "checks ms", "checks rec/s", "total rec/s", "issues"],
      sizes.map((size) => [
        fmt(size.documents, 0),
        fmt(size.records, 0),
        ms(size.validation.schemaMs),
        fmt(size.validation.schemaRecordsPerSecond, 0),
        ms(size.validation.checksMs),
        fmt(size.validation.checksRecordsPerSecond, 0),
        fmt(size.validation.totalRecordsPerSecond, 0),
        String(size.validation.issues),
      ]),
    ),
  );
  out.push("\nCorpus and indexes (first query builds its indexes; median ms; bytes per record after GC)\n");
  out.push(
    table(
      [
        "documents",
        "date bounds ms",
        "freeze ms",
        "documents B/rec",
        "all first queries ms",
        "slowest index build ms",
        "indexes heap B/rec",
        "indexes RSS B/rec",
      ],
      sizes.map((size) => [
        fmt(size.documents, 0),
        ms(size.corpus.dateBoundsMs),
        ms(size.corpus.freezeMs),
        fmt(size.corpus.documentBytesPerRecord, 0),
        ms(size.indexes.totalMs),
        ms(size.indexes.slowestMs),
        fmt(size.indexes.heapBytesPerRecord, 0),
        fmt(size.indexes.rssBytesPerRecord, 0),
      ]),
    ),
  );
  out.push(`\nFirst query at ${fmt(largest.documents, 0)} documents (ms)\n`);
  out.push(
    table(
      ["first query", "ms"],
      Object.entries(largest.indexes.firstQueryMs).map(([name, time]) => [
        WHOLE_CORPUS_RESULTS.has(name) ? `${name} (whole-corpus result)` : name,
        ms(time),
      ]),
    ),
  );
  out.push(
    `\nQueries at ${fmt(largest.documents, 0)} documents (median ms per call) against a linear scan in the same run\n`,
  );
  out.push(
    table(
      ["query", "results", "query ms", "scan ms", "scan / query", "same count"],
      largest.queries.map((query) => [
        `${query.group === "other" ? "" : `[${query.group}] `}${query.name}`,
        fmt(query.results, 0),
        ms(query.queryMs),
        ms(query.scanMs),
        `${fmt(query.ratio, query.ratio >= 10 ? 0 : 1)}x`,
        query.agrees ? "yes" : "NO",
      ]),
    ),
  );
  out.push("\nFiltered queries by corpus size (median ms per call; scan / query)\n");
  const filtered = largest.queries.filter((query) => query.group !== "other");
  out.push(
    table(
      ["query", ...sizes.map((size) => `${fmt(size.documents, 0)} docs`)],
      filtered.map((query) => [
        query.name,
        ...sizes.map((size) => {
          const found = size.queries.find((entry) => entry.name === query.name);
          return found ? `${ms(found.queryMs)} (${fmt(found.ratio, found.ratio >= 10 ? 0 : 1)}x)` : "";
        }),
      ]),
    ),
  );
  out.push("\nentity(id) against a raw Map.get on the same ids (ns per lookup)\n");
  out.push(
    table(
      ["documents", "entity(id) ns", "Map.get ns", "ratio"],
      sizes.map((size) => [
        fmt(size.documents, 0),
        fmt(size.entityLookup.entityNs, 1),
        fmt(size.entityLookup.mapGetNs, 1),
        `${fmt(size.entityLookup.ratio, 2)}x`,
      ]),
    ),
  );
  if (imports) {
    out.push(`\nImport cost (spawned processes, median of ${imports.runs} runs each, interleaved)\n`);
    out.push(
      table(
        ["measure", "ms"],
        [
          ['node -e ""', ms(imports.bareMs)],
          ['node -e "import(dist/index.js)"', ms(imports.importMs)],
          ["added by the import", ms(imports.addedMs)],
          ["import(), timed inside the process", ms(imports.inProcessImportMs)],
          ["deep-freezing the shipped corpus (in this process)", ms(imports.shippedFreezeMs)],
        ],
      ),
    );
  }
  if (files) {
    out.push("\nBuilt entry points (bytes; gzip -9)\n");
    out.push(
      table(
        ["file", "raw", "gzip"],
        files.files.map((file) => [file.file, fmt(file.bytes, 0), fmt(file.gzipBytes, 0)]),
      ),
    );
    out.push(
      `\nEmbedded data in dist/index.js (JSON.parse string literals): ${fmt(files.mainData.bytes, 0)} bytes raw, ${fmt(files.mainData.gzipBytes, 0)} gzipped alone`,
    );
  }
  out.push("\nBudgets\n");
  out.push(
    table(
      ["budget", "limit", "measured", "holds"],
      list.map((budget) => [budget.name, budget.limit, budget.value, budget.holds ? "yes" : "NO"]),
    ),
  );
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------------

const started = performance.now();
if ((globalThis as { gc?: unknown }).gc === undefined)
  progress("run with --expose-gc for memory figures (npm run bench does)");
const sizes = SIZES.map(measureSize);
const dist = resolve("dist");
const built = existsSync(join(dist, "index.js"));
if (!built) progress("dist/index.js is missing: run `npm run build` for the import cost and the entry point sizes");
progress("import cost");
const imports = built ? importCost(join(dist, "index.js")) : undefined;
const files = built ? entrySizes(dist) : undefined;
const list = budgets(
  sizes,
  imports,
  files?.files.find((file) => file.file === "index.js"),
);
const seconds = (performance.now() - started) / 1000;
if (JSON_OUTPUT) {
  process.stdout.write(
    `${JSON.stringify({ node: process.version, seed: SEED, sizes, imports, entryPoints: files, budgets: list, seconds, sink: sink > 0 }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`${report(sizes, imports, files, list)}\n\nFinished in ${fmt(seconds, 0)} s.\n`);
}
