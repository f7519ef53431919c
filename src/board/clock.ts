// Time for the in-memory board and the code that retries against it. Benchmarks
// pass a scaled clock so a minute of rate-limit window takes a second.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A clock on which `factor` simulated milliseconds pass per real millisecond. */
export function scaledClock(factor: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
  };
}
