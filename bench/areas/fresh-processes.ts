/** Figures measured in processes of their own (see `../fresh-process.ts`). */
import { spawnSync } from "node:child_process";
import { median } from "../timing.js";

/** Runs one measurement in a new process and returns what it printed. */
function inFreshProcess<T>(mode: string, docs: number, seed: number): T {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=6144",
      "--import",
      "tsx",
      "bench/fresh-process.ts",
      mode,
      "--docs",
      String(docs),
      "--seed",
      String(seed),
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`bench/fresh-process.ts ${mode} --docs ${docs} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

/** Validation time at N and at N / 10 documents, each in its own processes. */
export interface ScalingFigures {
  readonly smallDocuments: number;
  readonly largeDocuments: number;
  readonly smallMs: number;
  readonly largeMs: number;
  /** largeMs / smallMs, for 10x the documents. */
  readonly ratio: number;
  readonly runs: number;
}

/**
 * Validation at N / 10 and N documents, alternating, each run in a new process; the medians.
 *
 * @param documents - N.
 * @param seed - The synthetic corpus's seed.
 * @param runs - Processes per size.
 * @returns The figures.
 */
export function measureScaling(documents: number, seed: number, runs = 3): ScalingFigures {
  const smallDocuments = Math.max(1, Math.round(documents / 10));
  const small: number[] = [];
  const large: number[] = [];
  for (let run = 0; run < runs; run++) {
    small.push(inFreshProcess<{ validationMs: number }>("validation", smallDocuments, seed).validationMs);
    large.push(inFreshProcess<{ validationMs: number }>("validation", documents, seed).validationMs);
  }
  const smallMs = median(small);
  const largeMs = median(large);
  return { smallDocuments, largeDocuments: documents, smallMs, largeMs, ratio: largeMs / smallMs, runs };
}

/**
 * Each first query as the first work of a new process (cold), the median of a few processes.
 *
 * @param documents - How many synthetic documents.
 * @param seed - The synthetic corpus's seed.
 * @param runs - How many processes.
 * @returns The ms of each first query, by name.
 */
export function measureColdFirstQueries(documents: number, seed: number, runs = 3): Record<string, number> {
  const samples = Array.from(
    { length: runs },
    () => inFreshProcess<{ coldMs: Record<string, number> }>("first-queries", documents, seed).coldMs,
  );
  const names = Object.keys(samples[0] ?? {});
  return Object.fromEntries(names.map((name) => [name, median(samples.map((sample) => sample[name] ?? NaN))]));
}
