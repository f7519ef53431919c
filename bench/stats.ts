// Small statistics for the benchmarks: the median of repeated runs, and how a
// measured figure compares with its goal.

/** The median of `values` (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Runs `work` `runs` times and returns the median duration in milliseconds. */
export function medianMs(runs: number, work: () => void): number {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return median(durations);
}

/** Rounds to `digits` decimals, for figures that are read by people and by JSON. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
