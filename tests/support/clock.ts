// A fake clock for the in-memory board and the retry code: time moves only
// when a test says so, so latency and rate-limit windows are measured in
// simulated milliseconds, never in wall time.
import type { Clock } from '../../src/board/clock.ts';

interface Timer {
  at: number;
  wake: () => void;
}

/** Lets every already-resolved promise continuation run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeClock implements Clock {
  private time: number;
  private timers: Timer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), wake: resolve });
    });
  }

  /** Sleepers not woken yet. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, waking each sleeper at its time, earliest first. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    await flush();
    for (let next = this.earliest(); next !== undefined && next.at <= target; next = this.earliest()) {
      this.time = next.at;
      this.timers = this.timers.filter((timer) => timer !== next);
      next.wake();
      await flush();
    }
    this.time = target;
  }

  /**
   * Settles `promise`, jumping time to the next sleeper whenever nothing else
   * can happen. Fails when the promise waits on something other than this clock.
   */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    watched.catch(() => undefined);
    await flush();
    while (!settled) {
      const next = this.earliest();
      if (next === undefined) throw new Error('FakeClock.run: the promise waits on something other than the clock');
      await this.advance(next.at - this.time);
    }
    return watched;
  }

  private earliest(): Timer | undefined {
    let first: Timer | undefined;
    for (const timer of this.timers) if (first === undefined || timer.at < first.at) first = timer;
    return first;
  }
}
