/**
 * Timing for the bench: each figure is the median of repeated batches, and figures that are compared are sampled
 * in turn (a, b, a, b, ...), so that other work on a shared machine weighs on both sides alike. A harness such as
 * tinybench times one task after another, which on a busy machine would compare different moments, not code.
 */

let sink = 0;

/**
 * The CPU time this process has used, in ms (user and system, every thread): what the in-process timings read. On a
 * machine shared with other work, wall time counts the moments this process waits for a core (on two cores at a
 * load of 8, most of them), which made the same comparison come out 0.7x in one run and 1.2x in the next.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Keeps a result alive, so that the engine cannot drop the work that made it. */
export function consume(value: unknown): void {
  if (Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}

/** Whether any result was consumed: printed, so that no result is dead code. */
export function consumed(): boolean {
  return sink > 0;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median of samples, with the smallest and largest: the spread of a figure on a shared machine. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The spread of some samples. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** How many calls make one batch of at least `minMs`. */
function batchSize(fn: () => unknown, minMs: number): number {
  let calls = 1;
  for (;;) {
    const start = cpuNow();
    for (let call = 0; call < calls; call++) consume(fn());
    if (cpuNow() - start >= minMs || calls >= 1 << 24) return calls;
    calls *= 2;
  }
}

/** The time of one batch of calls, per call, in ms. */
function timeBatch(fn: () => unknown, calls: number): number {
  const start = cpuNow();
  for (let call = 0; call < calls; call++) consume(fn());
  return (cpuNow() - start) / calls;
}

/**
 * The median time per call (ms) of each function, sampled in turn so that all see the same load.
 *
 * @param fns - The functions to compare.
 * @param samples - How many batches of each.
 * @param minBatchMs - The shortest batch: fast functions are called many times per batch.
 * @returns The median ms per call of each, in order.
 */
export function compare(fns: readonly (() => unknown)[], samples: number, minBatchMs = 5): number[] {
  const calls = fns.map((fn) => batchSize(fn, minBatchMs));
  const times: number[][] = fns.map(() => []);
  for (let sample = 0; sample < samples; sample++) {
    fns.forEach((fn, index) => {
      times[index]?.push(timeBatch(fn, calls[index] ?? 1));
    });
  }
  return times.map(median);
}

/** The CPU time of one call, in ms. */
export function timeOnce(fn: () => unknown): number {
  const start = cpuNow();
  consume(fn());
  return cpuNow() - start;
}

/** Runs the garbage collector when node runs with --expose-gc (npm run bench does). */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The heap in use after garbage collection, in bytes. */
export function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
