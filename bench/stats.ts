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

export interface Timing {
  /** Median wall-clock time. */
  ms: number;
  /** Median CPU time of this process: on a shared machine, less disturbed by the others' work. */
  cpuMs: number;
}

/** One timed run of `work`: wall-clock and CPU milliseconds. */
export function timeOnce(work: () => void): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** The median wall-clock and the median CPU time of several runs. */
export function medianTiming(samples: readonly Timing[]): Timing {
  return { ms: median(samples.map((sample) => sample.ms)), cpuMs: median(samples.map((sample) => sample.cpuMs)) };
}

/** Rounds to `digits` decimals, for figures that are read by people and by JSON. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
