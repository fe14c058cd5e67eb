/** The bench's figures as Markdown tables, for a terminal or the Performance guide (docs/performance.md). */
import type { FileSize } from "./areas/entry-sizes.js";
import { WHOLE_CORPUS_RESULTS } from "./areas/first-queries.js";
import type { ScalingFigures } from "./areas/fresh-processes.js";
import type { StartUpFigures } from "./areas/start-up.js";
import { type Budget, fmt } from "./budgets.js";
import type { SizeFigures } from "./measure-size.js";
import type { Spread } from "./timing.js";

/** Everything a run measured. */
export interface BenchResult {
  readonly node: string;
  readonly seed: number;
  readonly sizes: readonly SizeFigures[];
  readonly scaling: ScalingFigures | undefined;
  readonly coldFirstQueriesMs: Readonly<Record<string, number>> | undefined;
  readonly startUp: StartUpFigures | undefined;
  readonly entrySizes: readonly FileSize[] | undefined;
  readonly budgets: readonly Budget[];
  readonly seconds: number;
}

/** A time in ms with as many digits as it needs. */
function ms(value: number): string {
  if (value >= 100) return fmt(value, 0);
  if (value >= 1) return fmt(value, 2);
  if (value >= 0.001) return fmt(value, 4);
  return value.toExponential(2);
}

/** A ratio, with one decimal below 10. */
function times(value: number): string {
  return `${fmt(value, value >= 10 ? 0 : 2)}x`;
}

/** A Markdown table, first column left-aligned, the others right-aligned. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  const rule = widths.map((width, column) =>
    column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`,
  );
  return [line(headers), `|${rule.join("|")}|`, ...rows.map(line)].join("\n");
}

function validationSection(allSizes: readonly SizeFigures[]): string[] {
  const sizes = allSizes.flatMap((size) => (size.validation ? [{ ...size, validation: size.validation }] : []));
  const largest = sizes[sizes.length - 1];
  if (largest === undefined) return [];
  return [
    "Validation and what it is compared with, same documents, interleaved (records/s; median ms in brackets)\n",
    table(
      [
        "documents",
        "records",
        "schema layer",
        "checks",
        "validation",
        "Ajv schema check",
        "raw Zod",
        "validation of copies",
        "createCorpus",
      ],
      sizes.map(({ documents, records, validation: v }) => [
        fmt(documents, 0),
        fmt(records, 0),
        `${fmt(v.recordsPerSecond.schema, 0)} (${ms(v.schemaMs)})`,
        `${fmt(v.recordsPerSecond.checks, 0)} (${ms(v.checksMs)})`,
        `${fmt(v.recordsPerSecond.validation, 0)} (${ms(v.validationMs)})`,
        `${fmt(v.recordsPerSecond.ajv, 0)} (${ms(v.ajvMs)})`,
        `${fmt(v.recordsPerSecond.zod, 0)} (${ms(v.zodMs)})`,
        `${fmt(v.recordsPerSecond.validationOfCopies, 0)} (${ms(v.validationOfCopiesMs)})`,
        `${fmt(v.recordsPerSecond.createCorpus, 0)} (${ms(v.createCorpusMs)})`,
      ]),
    ),
    "\n`validation of copies` and `createCorpus` are timed side by side on fresh copies of the documents (createCorpus" +
      " freezes what it is given).",
    `\nEach named check alone at ${fmt(largest.documents, 0)} documents, as a share of Ajv's schema check timed beside it\n`,
    table(
      ["check", "x Ajv"],
      Object.entries(largest.validation.checkShareOfAjv).map(([name, share]) => [name, fmt(share, 3)]),
    ),
  ];
}

function scalingSection(scaling: ScalingFigures): string[] {
  return [
    `\nValidation in separate processes (median ms of ${scaling.runs} processes each)\n`,
    table(
      ["documents", "validation ms"],
      [
        [fmt(scaling.smallDocuments, 0), ms(scaling.smallMs)],
        [fmt(scaling.largeDocuments, 0), ms(scaling.largeMs)],
        ["ratio", times(scaling.ratio)],
      ],
    ),
  ];
}

function corpusSection(sizes: readonly SizeFigures[]): string[] {
  return [
    "\nThe corpus (ms; bytes per record after garbage collection)\n",
    table(
      ["documents", "date bounds ms", "deep freeze ms", "documents B/rec", "indexes B/rec"],
      sizes.map((size) => [
        fmt(size.documents, 0),
        ms(size.corpus.dateBoundsMs),
        ms(size.corpus.freezeMs),
        fmt(size.corpus.documentBytesPerRecord, 0),
        size.firstQueries ? fmt(size.firstQueries.heapBytesPerRecord, 0) : "",
      ]),
    ),
  ];
}

function firstQuerySection(largest: SizeFigures, cold: Readonly<Record<string, number>> | undefined): string[] {
  if (largest.firstQueries === undefined) return [];
  const name = (query: string) => (WHOLE_CORPUS_RESULTS.has(query) ? `${query} (whole-corpus result)` : query);
  return [
    `\nFirst queries at ${fmt(largest.documents, 0)} documents, building the indexes they read (ms): cold is the first work of a new process (median of 3), warm the median of 3 new corpora once the code has run\n`,
    table(
      ["first query", "cold ms", "warm ms"],
      Object.entries(largest.firstQueries.warmMs).map(([query, warm]) => [
        name(query),
        cold?.[query] === undefined ? "" : ms(cold[query] as number),
        ms(warm),
      ]),
    ),
  ];
}

function querySections(sizes: readonly SizeFigures[]): string[] {
  const largest = sizes[sizes.length - 1] as SizeFigures;
  if (largest.queries === undefined) return [];
  return [
    `\nQueries at ${fmt(largest.documents, 0)} documents against the scan an application would write (precomputed arrays, bounds and name words; a plain filter), median ms per call, interleaved\n`,
    table(
      ["query", "results", "query ms", "scan ms", "scan / query", "same count"],
      largest.queries.map((query) => [
        `${query.group === "other" ? "" : `[${query.group}] `}${query.name}`,
        fmt(query.results, 0),
        ms(query.queryMs),
        ms(query.scanMs),
        times(query.ratio),
        query.agrees ? "yes" : "NO",
      ]),
    ),
    "\nFiltered queries by corpus size (median ms per call; scan / query)\n",
    table(
      ["query", ...sizes.map((size) => `${fmt(size.documents, 0)} docs`)],
      largest.queries
        .filter((query) => query.group !== "other")
        .map((query) => [
          query.name,
          ...sizes.map((size) => {
            const found = size.queries?.find((entry) => entry.name === query.name);
            return found ? `${ms(found.queryMs)} (${times(found.ratio)})` : "";
          }),
        ]),
    ),
    "\nentity(id) against a raw Map.get of the same ids, after every other query (ns per look-up; the first look-up of an id makes its record and is timed apart)\n",
    table(
      ["documents", "first entity(id) ns", "entity(id) ns", "Map.get ns", "ratio"],
      sizes.flatMap(({ documents, entityLookup }) =>
        entityLookup
          ? [
              [
                fmt(documents, 0),
                fmt(entityLookup.firstEntityNs, 0),
                fmt(entityLookup.entityNs, 1),
                fmt(entityLookup.mapGetNs, 1),
                times(entityLookup.ratio),
              ],
            ]
          : [],
      ),
    ),
  ];
}

function startUpSection(startUp: StartUpFigures): string[] {
  const labels: Record<keyof StartUpFigures["times"], string> = {
    bare: 'node -e ""',
    emptyModule: "node -e import(an empty ES module)",
    import: "node -e import(dist/index.js)",
    cliQuery: "newsfacts query quotes --speaker vladimir-putin",
    cliHelp: "newsfacts --help",
  };
  const spreadOf = (figure: Spread) => `${ms(figure.median)} (${ms(figure.min)}–${ms(figure.max)})`;
  const { wall } = startUp;
  return [
    `\nStarting, spawned processes, ${startUp.runs} of each, interleaved (ms: median, min–max)\n`,
    table(
      ["process", "CPU time (user + system)", "wall time", "CPU time of the import()"],
      Object.entries(startUp.times).map(([way, times]) => [
        labels[way as keyof typeof labels],
        spreadOf(times.cpuMs),
        spreadOf(times.wallMs),
        times.importCpuMs ? spreadOf(times.importCpuMs) : "",
      ]),
    ),
    `\nAdded, CPU (wall): import over an empty module ${ms(startUp.importOverEmptyMs)} ms timed around the import() (whole processes: ${ms(startUp.importProcessOverEmptyMs)} ms CPU, ${ms(wall.importOverEmptyMs)} ms wall); query over bare node ${ms(startUp.cliQueryOverBareMs)} ms (${ms(wall.cliQueryOverBareMs)}); --help over bare node ${ms(startUp.cliHelpOverBareMs)} ms (${ms(wall.cliHelpOverBareMs)}).`,
  ];
}

/**
 * The report of a run.
 *
 * @param result - What the run measured.
 * @returns Markdown.
 */
export function report(result: BenchResult): string {
  const { sizes } = result;
  const largest = sizes[sizes.length - 1];
  const out = [
    `newsfacts bench — node ${result.node}, ${sizes.map((size) => size.documents).join(" / ")} synthetic documents, seed ${result.seed}\n`,
    ...validationSection(sizes),
    ...(result.scaling ? scalingSection(result.scaling) : []),
    ...(largest ? corpusSection(sizes) : []),
    ...(largest ? firstQuerySection(largest, result.coldFirstQueriesMs) : []),
    ...(largest ? querySections(sizes) : []),
    ...(result.startUp ? startUpSection(result.startUp) : []),
  ];
  if (result.entrySizes) {
    out.push(
      "\nBuilt entry points and data (bytes; gzip -9)\n",
      table(
        ["file", "raw", "gzip"],
        result.entrySizes.map((file) => [file.file, fmt(file.bytes, 0), fmt(file.gzipBytes, 0)]),
      ),
    );
  }
  out.push(
    "\nBudgets\n",
    table(
      ["budget", "limit", "measured", "holds"],
      result.budgets.map((budget) => [budget.name, budget.limit, budget.value, budget.holds ? "yes" : "NO"]),
    ),
    `\nFinished in ${fmt(result.seconds, 0)} s.`,
  );
  return out.join("\n");
}
