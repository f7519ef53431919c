// modifiedTimes reads the stamps Miro puts on items; a stamp from elsewhere
// that is not a time, or whose author is not text, says nothing.
import { describe, expect, it } from 'vitest';
import { modifiedTimes } from '../../src/snapshot/modified.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';

const snapshotOf = (stamps: Record<string, unknown>[]): BoardSnapshot => ({
  version: 1,
  items: stamps.map((stamp, index) => ({ id: `s${index}`, type: 'sticky_note', x: 0, y: 0, ...stamp }) as BoardSnapshot['items'][number]),
  metadata: {},
});

describe('modifiedTimes', () => {
  it('keeps each item stamped with an ISO time, and its author when there is one', () => {
    const times = modifiedTimes(snapshotOf([{ modifiedAt: '2026-11-29T10:00:00.000Z', modifiedBy: '3074457' }, { modifiedAt: '2026-11-28T09:30:00+01:00' }, {}]));
    expect([...times]).toEqual([
      ['s0', { at: '2026-11-29T10:00:00.000Z', by: '3074457' }],
      ['s1', { at: '2026-11-28T09:30:00+01:00', by: null }],
    ]);
  });

  it('ignores a stamp that is not an ISO time or whose author is not text', () => {
    const times = modifiedTimes(snapshotOf([{ modifiedAt: 'yesterday' }, { modifiedAt: 1732870000 }, { modifiedAt: '2026-11-29T10:00:00Z', modifiedBy: 42 }, { modifiedAt: '2026-11-29T10:00:00Z', modifiedBy: null }]));
    expect(times.size).toBe(0);
  });
});
