/**
 * How much longer `run` takes on an input `factor` times larger, measured in one process: each size is run several
 * times, interleaved, and the fastest run of each counts (the machine is shared, so a slow run says little). The
 * small input is repeated until it takes long enough to measure, and the large one the same number of times.
 *
 * @param make - Builds the input of a given scale (1 and `factor`).
 * @param run - The work to time.
 * @param factor - How much larger the large input is.
 * @returns The ratio of the large input's time to the small one's.
 */
export function growthRatio<Input>(make: (scale: number) => Input, run: (input: Input) => void, factor = 16): number {
  const small = make(1);
  const large = make(factor);
  let repeats = 1;
  for (;;) {
    const started = performance.now();
    for (let index = 0; index < repeats; index++) run(small);
    if (performance.now() - started >= 30 || repeats >= 4096) break;
    repeats *= 2;
  }
  const timed = (input: Input) => {
    const started = performance.now();
    for (let index = 0; index < repeats; index++) run(input);
    return performance.now() - started;
  };
  let fastestSmall = Number.POSITIVE_INFINITY;
  let fastestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    fastestSmall = Math.min(fastestSmall, timed(small));
    fastestLarge = Math.min(fastestLarge, timed(large));
  }
  return fastestLarge / fastestSmall;
}

/**
 * The bound a near-linear step must stay under for 16 times the input: generous (four times linear growth, for a
 * machine loaded by other builds, the garbage collector and a log factor), and a quarter of the 256 times of
 * quadratic growth.
 */
export const NEAR_LINEAR_BOUND = 64;
