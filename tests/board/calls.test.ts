// Many SDK calls: bounded concurrency (mapBounded) and waiting out the rate
// limit (retryOnRateLimit), on a fake clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapBounded, retryOnRateLimit } from '../../src/board/calls.ts';
import { classifyError } from '../../src/board/errors.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { FakeClock } from '../support/clock.ts';

describe('mapBounded', () => {
  it('keeps input order and never has more than `limit` calls in flight (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), async (delays, limit) => {
        const clock = new FakeClock();
        let inFlight = 0;
        let most = 0;
        const results = await clock.run(
          mapBounded(delays, limit, async (delay, index) => {
            inFlight++;
            most = Math.max(most, inFlight);
            await clock.sleep(delay);
            inFlight--;
            return index * 2;
          }),
        );
        expect(results).toEqual(delays.map((_, index) => index * 2));
        expect(most).toBeLessThanOrEqual(limit);
        if (delays.length >= limit) expect(most).toBe(limit);
      }),
      { numRuns: 100 },
    );
  });

  it('stops starting work after a failure and rethrows it once the calls in flight settle', async () => {
    const clock = new FakeClock();
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapBounded([0, 1, 2, 3, 4, 5, 6, 7], 3, async (value) => {
      started.push(value);
      await clock.sleep(value === 1 ? 5 : 10);
      if (value === 1) throw new Error('call 1 failed');
      finished.push(value);
      return value;
    });
    await expect(clock.run(run)).rejects.toThrow('call 1 failed');
    expect(started).toEqual([0, 1, 2]);
    expect(finished).toEqual([0, 2]);
  });

  it('returns [] for no inputs', async () => {
    expect(await mapBounded([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});

describe('retryOnRateLimit', () => {
  const rateLimited = () => new Error('The API rate limit was exceeded. Requests can use up to 100000 credits in total per minute.');

  it('waits with doubling delays, capped, until the call succeeds', async () => {
    const clock = new FakeClock();
    let attempts = 0;
    let waits = 0;
    const call = () => {
      attempts++;
      return attempts <= 4 ? Promise.reject(rateLimited()) : Promise.resolve('done');
    };
    const result = await clock.run(retryOnRateLimit(call, { clock, baseDelayMs: 100, maxDelayMs: 300, onRateLimited: () => void waits++ }));
    expect(result).toBe('done');
    expect(attempts).toBe(5);
    expect(waits).toBe(4);
    expect(clock.now()).toBe(100 + 200 + 300 + 300);
  });

  it('gives up after maxAttempts with the rate-limit error', async () => {
    const clock = new FakeClock();
    let attempts = 0;
    const run = retryOnRateLimit(
      () => {
        attempts++;
        return Promise.reject(rateLimited());
      },
      { clock, baseDelayMs: 10, maxAttempts: 3 },
    );
    const error = await clock.run(run).catch((caught: unknown) => caught);
    expect(classifyError(error).kind === 'rate-minute').toBe(true);
    expect(attempts).toBe(3);
  });

  it('passes any other error through at once', async () => {
    let attempts = 0;
    const call = () => {
      attempts++;
      return Promise.reject(new Error('Cannot find the item with ID: x.'));
    };
    await expect(retryOnRateLimit(call, { clock: new FakeClock() })).rejects.toThrow('Cannot find the item with ID: x.');
    expect(attempts).toBe(1);
  });

  it('with mapBounded, creates 3,000 stickies through the per-minute limit, each exactly once', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock, latencyMs: 20 });
    const inputs = Array.from({ length: 3000 }, (_, index) => index);
    const created = await clock.run(mapBounded(inputs, 16, (index) => retryOnRateLimit(() => board.createStickyNote({ x: index }), { clock })));
    expect(new Set(created.map((sticky) => sticky.id)).size).toBe(3000);
    expect(board.allItems()).toHaveLength(3000);
    expect(clock.now()).toBeGreaterThanOrEqual(60_000); // the 2,001st create had to wait for the window
  });
});

describe('retryOnRateLimit by kind of error (errors.ts)', () => {
  const fails = (texts: string[]) => {
    let call = 0;
    return {
      calls: () => call,
      run: () => {
        const text = texts[call++];
        return text === undefined ? Promise.resolve('done') : Promise.reject(new Error(text));
      },
    };
  };
  const locked = 'Cannot commit the update, because item 7 is locked by another client.';

  it('retries an item locked by another client a few times, then reports it', async () => {
    const twice = fails([locked, locked]);
    const clock = new FakeClock();
    await expect(clock.run(retryOnRateLimit(twice.run, { clock }))).resolves.toBe('done');
    const always = fails([locked, locked, locked, locked]);
    await expect(clock.run(retryOnRateLimit(always.run, { clock }))).rejects.toThrow(locked);
    expect(always.calls()).toBe(3);
  });

  it('does not wait out the hourly limit: it fails at once', async () => {
    const hour = fails(['The API rate limit was exceeded. Requests can use up to 1000000 credits in total per hour.']);
    await expect(retryOnRateLimit(hour.run, { clock: new FakeClock() })).rejects.toThrow('per hour');
    expect(hour.calls()).toBe(1);
  });
});
