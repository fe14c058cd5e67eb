/**
 * What starting costs, in spawned processes, interleaved (bare, empty, import, query, help, bare, ...) so that the
 * machine's load weighs on each alike: `import("newsfacts")` against importing an empty ES module, and the command
 * line's query and `--help` against a bare `node -e ""`. Each process reports its CPU time (user + system) at exit;
 * the budgets read CPU time, because on a shared machine a process's wall time mostly measures the others' work
 * (here a bare node has taken from 0.1 to 0.6 s of wall time in one run). Wall times are reported beside. The two
 * imports also report the CPU time of the `import()` itself, which the import budget reads: the ~60 ms of starting
 * node around it varied by more than the 5 ms budget from one process to the next.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Spread, spread } from "../timing.js";

/** The ways of starting node that the bench compares. */
export const START_UPS = ["bare", "emptyModule", "import", "cliQuery", "cliHelp"] as const;
type StartUp = (typeof START_UPS)[number];

/** The times of one way of starting node over the runs: CPU time (what the budgets read) and wall time. */
export interface StartUpTimes {
  readonly cpuMs: Spread;
  readonly wallMs: Spread;
  /** The CPU time of the `import()` alone, for the two imports. */
  readonly importCpuMs: Spread | undefined;
}

/** Each way's times, and what the main entry and the command line add (differences of medians). */
export interface StartUpFigures {
  readonly runs: number;
  readonly times: Readonly<Record<StartUp, StartUpTimes>>;
  /** CPU: what importing the main entry adds to importing an empty module, timed around the `import()`s. */
  readonly importOverEmptyMs: number;
  /** CPU: the same, as whole processes. */
  readonly importProcessOverEmptyMs: number;
  /** CPU: what `newsfacts query quotes --speaker vladimir-putin` adds to a bare node. */
  readonly cliQueryOverBareMs: number;
  /** CPU: what `newsfacts --help` adds to a bare node. */
  readonly cliHelpOverBareMs: number;
  /** The same three differences in wall time. */
  readonly wall: {
    readonly importOverEmptyMs: number;
    readonly cliQueryOverBareMs: number;
    readonly cliHelpOverBareMs: number;
  };
}

/** The CPU and wall time of one process, in ms, and the CPU time of its `import()` when it reports one. */
function run(args: readonly string[]): { cpuMs: number; wallMs: number; importCpuMs: number | undefined } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--import", CPU_TIME_AT_EXIT, ...args], { encoding: "utf8" });
  const wallMs = performance.now() - start;
  const cpu = /cpu-ms ([\d.]+)\s*$/.exec(child.stderr);
  if (child.status !== 0 || cpu === null) throw new Error(`node ${args.join(" ")} failed: ${child.stderr}`);
  const importCpu = /import-cpu-ms ([\d.]+)/.exec(child.stderr);
  return { cpuMs: Number(cpu[1]), wallMs, importCpuMs: importCpu ? Number(importCpu[1]) : undefined };
}

/** The preload that reports a process's CPU time. */
const CPU_TIME_AT_EXIT = pathToFileURL(resolve("bench", "cpu-time-at-exit.mjs")).href;

/**
 * Times each way of starting, interleaved, `runs` times each.
 *
 * @param dist - The built package's folder.
 * @param runs - Processes per way.
 * @returns The figures.
 */
export function measureStartUp(dist: string, runs = 21): StartUpFigures {
  const folder = mkdtempSync(join(tmpdir(), "newsfacts-bench-"));
  try {
    const empty = join(folder, "empty.mjs");
    writeFileSync(empty, "export {};\n");
    // The CPU time of the import() alone, printed to stderr.
    const importOf = (file: string) => [
      "--input-type=module",
      "-e",
      `const before = process.cpuUsage(); await import(${JSON.stringify(pathToFileURL(file).href)}); const { user, system } = process.cpuUsage(before); process.stderr.write("import-cpu-ms " + (user + system) / 1000 + "\\n");`,
    ];
    const cli = join(dist, "cli.js");
    const ways: Record<StartUp, readonly string[]> = {
      bare: ["-e", ""],
      emptyModule: importOf(empty),
      import: importOf(join(dist, "index.js")),
      cliQuery: [cli, "query", "quotes", "--speaker", "vladimir-putin"],
      cliHelp: [cli, "--help"],
    };
    const samples = new Map(
      START_UPS.map((way) => [way, { cpu: [] as number[], wall: [] as number[], importCpu: [] as number[] }]),
    );
    for (const way of START_UPS) run(ways[way]); // warms the file system cache
    for (let round = 0; round < runs; round++) {
      for (const way of START_UPS) {
        const { cpuMs, wallMs, importCpuMs } = run(ways[way]);
        samples.get(way)?.cpu.push(cpuMs);
        samples.get(way)?.wall.push(wallMs);
        if (importCpuMs !== undefined) samples.get(way)?.importCpu.push(importCpuMs);
      }
    }
    const times = Object.fromEntries(
      START_UPS.map((way) => {
        const { cpu = [], wall = [], importCpu = [] } = samples.get(way) ?? {};
        return [
          way,
          {
            cpuMs: spread(cpu),
            wallMs: spread(wall),
            importCpuMs: importCpu.length > 0 ? spread(importCpu) : undefined,
          },
        ];
      }),
    ) as Record<StartUp, StartUpTimes>;
    const over = (way: StartUp, base: StartUp, kind: keyof StartUpTimes) =>
      (times[way][kind]?.median ?? NaN) - (times[base][kind]?.median ?? NaN);
    return {
      runs,
      times,
      importOverEmptyMs: over("import", "emptyModule", "importCpuMs"),
      importProcessOverEmptyMs: over("import", "emptyModule", "cpuMs"),
      cliQueryOverBareMs: over("cliQuery", "bare", "cpuMs"),
      cliHelpOverBareMs: over("cliHelp", "bare", "cpuMs"),
      wall: {
        importOverEmptyMs: over("import", "emptyModule", "wallMs"),
        cliQueryOverBareMs: over("cliQuery", "bare", "wallMs"),
        cliHelpOverBareMs: over("cliHelp", "bare", "wallMs"),
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
