// How the adapter makes many SDK calls: a bounded number at once, each retried
// with back-off when the board says the rate limit is spent (MIRO-SDK.md:
// no batch create; bounded concurrency with retry is the safe way).
import { isRateLimitError } from './errors.ts';
import { realClock, type Clock } from './clock.ts';

export interface RetryOptions {
  clock?: Clock;
  /** First wait after a rate-limit error; doubles each time up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this many rate-limit errors on one call. */
  maxAttempts?: number;
  onRateLimited?: () => void;
}

export const DEFAULT_CONCURRENCY = 8;

/** Runs `call`, waiting and retrying while it fails with the rate-limit error. Other errors pass through. */
export async function retryOnRateLimit<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const clock = options.clock ?? realClock;
  const maxAttempts = options.maxAttempts ?? 12;
  let delay = options.baseDelayMs ?? 1_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRateLimitError(error) || attempt >= maxAttempts) throw error;
      options.onRateLimited?.();
      await clock.sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 30_000);
    }
  }
}

/**
 * Maps `inputs` through `work` with at most `limit` calls in flight, keeping
 * the input order in the result. Stops starting new work after the first
 * failure and rethrows it once the calls in flight have settled, so a caller
 * rolling back sees every item that was created.
 */
export async function mapBounded<I, O>(inputs: readonly I[], limit: number, work: (input: I, index: number) => Promise<O>): Promise<O[]> {
  const results: O[] = new Array<O>(inputs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (failure === undefined && next < inputs.length) {
      const index = next++;
      try {
        results[index] = await work(inputs[index] as I, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, () => worker()));
  if (failure !== undefined) throw failure.error;
  return results;
}
