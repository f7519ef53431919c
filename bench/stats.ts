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

/** Runs `work` `runs` times; the median wall-clock and CPU times in milliseconds. */
export function medianTiming(runs: number, work: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

/** Rounds to `digits` decimals, for figures that are read by people and by JSON. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
