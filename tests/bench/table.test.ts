import { describe, expect, it } from 'vitest';
import { formatSection, goalRow, kilobytes, NOT_AVAILABLE } from '../../bench/table.ts';

describe('the bench table', () => {
  it('judges a figure against its goal, and says when there is none yet', () => {
    expect(goalRow('wall / latency', { value: 9.04, max: 12 })).toEqual({ figure: 'wall / latency', measured: '9.0', goal: '≤ 12', met: true });
    expect(goalRow('10,000 stickies', { value: 130, max: 100, unit: ' ms', digits: 0 })).toMatchObject({ measured: '130 ms', met: false });
    expect(goalRow('10,000 stickies', { value: null, max: 100, unit: ' ms' })).toEqual({ figure: '10,000 stickies', measured: NOT_AVAILABLE, goal: '≤ 100 ms', met: null });
  });

  it('lines the columns up and marks each goal', () => {
    const text = formatSection('Insert', [
      { figure: 'items', measured: '75' },
      { figure: 'calls / items', measured: '2.10', goal: '≤ 2.2', met: true },
      { figure: 'wall / latency', measured: '14.0', goal: '≤ 12', met: false },
      { figure: 'readback', measured: NOT_AVAILABLE, goal: '≤ 100 ms', met: null },
    ]);
    expect(text.split('\n')).toEqual([
      'Insert',
      '  items           75',
      '  calls / items   2.10               ≤ 2.2     ✓',
      '  wall / latency  14.0               ≤ 12      ✗',
      '  readback        not available yet  ≤ 100 ms  –',
    ]);
  });

  it('writes sizes in kilobytes of 1,000 bytes', () => {
    expect(kilobytes(999)).toBe('999 B');
    expect(kilobytes(69764)).toBe('69.8 KB');
  });
});
