import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, medianTiming, round, timeOnce } from '../../bench/stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('does not depend on the order of the runs and lies between min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const reversed = [...values].reverse();
        expect(median(reversed)).toBe(median(values));
        expect(median(values)).toBeGreaterThanOrEqual(Math.min(...values));
        expect(median(values)).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('round', () => {
  it('rounds to the given decimals', () => {
    expect(round(12.345, 1)).toBe(12.3);
    expect(round(12.35, 0)).toBe(12);
  });
});

describe('timeOnce and medianTiming', () => {
  it('run the work once and take the medians of wall and CPU times apart', () => {
    let calls = 0;
    const timing = timeOnce(() => {
      calls++;
    });
    expect(calls).toBe(1);
    expect(timing.ms).toBeGreaterThanOrEqual(0);
    expect(timing.cpuMs).toBeGreaterThanOrEqual(0);
    expect(medianTiming([{ ms: 9, cpuMs: 1 }, { ms: 1, cpuMs: 3 }, { ms: 5, cpuMs: 2 }])).toEqual({ ms: 5, cpuMs: 2 });
  });
});
