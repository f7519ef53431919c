// How the adapter makes many SDK calls: a bounded number at once, each retried
// when the error says a retry can help (docs/miro-board.md "Errors"): the per-minute
// rate limit clears in seconds (back off and retry); an item locked by another
// client frees up soon (retry a few times, then report it). The per-hour limit
// does not clear in time: it passes through at once, for the caller to stop.
import { classifyError } from './errors.ts';
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
/** Tries on an item locked by another client (someone is typing in it) before reporting it. */
export const LOCKED_ATTEMPTS = 3;
const LOCKED_DELAY_MS = 500;

/** Runs `call`, retrying on the per-minute rate limit (with back-off) and on a locked item (a few times). Other errors pass through. */
export async function retryOnRateLimit<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const clock = options.clock ?? realClock;
  const maxAttempts = options.maxAttempts ?? 12;
  let delay = options.baseDelayMs ?? 1_000;
  let rateLimited = 0;
  let locked = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const { kind } = classifyError(error);
      if (kind === 'locked' && ++locked < LOCKED_ATTEMPTS) {
        await clock.sleep(LOCKED_DELAY_MS * locked);
        continue;
      }
      if (kind !== 'rate-minute' || ++rateLimited >= maxAttempts) throw error;
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
