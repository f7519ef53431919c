// Board-sized inputs: no spread of a board-sized array (150,000 texts overflow
// the stack in Math.max(...x)), and no geometry that makes readback quadratic
// (one text 1e300 high kept every row group open). The time limit here only
// catches a hang; the figures are in `npm run bench`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { cluster } from '../../src/readback/geometry.ts';
import type { Placed } from '../../src/readback/geometry.ts';
import type { BoardSnapshot, SnapshotItem } from '../../src/snapshot/snapshot.ts';

function texts(count: number, extra: SnapshotItem[] = []): BoardSnapshot {
  const items: SnapshotItem[] = [{ id: 'f', type: 'frame', title: 'F', x: 0, y: 0, width: 100_000, height: 100_000 }];
  for (let i = 0; i < count; i++) items.push({ id: `t${i}`, type: 'text', parentId: 'f', x: (i % 300) * 300 + 100, y: Math.floor(i / 300) * 40 + 100, width: 200, content: `<p>Stage ${i}</p>` });
  return { version: 1, items: [...items, ...extra], metadata: {} };
}

describe('readback at board scale', { timeout: 30_000 }, () => {
  it('150,000 text items do not overflow the stack', () => {
    const report = gapCheck(texts(150_000), { today: '2026-01-01' });
    expect(report.ok).toBe(true);
  });

  it('one text 1e300 high next to 30,000 texts does not hang', () => {
    const tall: SnapshotItem = { id: 'tall', type: 'text', parentId: 'f', x: 50, y: 50, width: 100, height: 1e300, content: '<p>tall</p>' };
    const diagonal = texts(0).items.concat(Array.from({ length: 30_000 }, (_, i): SnapshotItem => ({ id: `d${i}`, type: 'text', parentId: 'f', x: i * 3, y: i * 50, width: 20, content: `<p>${i}</p>` })));
    const report = gapCheck({ version: 1, items: [...diagonal, tall], metadata: {} }, { today: '2026-01-01' });
    expect(report.ok).toBe(false);
  });
});

/** The grouping as it was written first: every group open while any item could reach it (quadratic, but plainly right). */
function referenceCluster(items: readonly Placed[], axis: 'row' | 'column'): Placed[][] {
  const key = axis === 'row' ? (p: Placed) => p.cy : (p: Placed) => p.cx;
  const half = axis === 'row' ? (p: Placed) => (p.bottom - p.top) / 2 : (p: Placed) => (p.right - p.left) / 2;
  const probe = (a: Placed, b: Placed) => cluster([a, b], axis).length === 1;
  let reach = 8;
  for (const item of items) reach = Math.max(reach, half(item));
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const groups: Placed[][] = [];
  for (const placed of sorted) {
    const home = groups.find((group) => key(placed) - key(group[0] as Placed) <= reach && probe(group[0] as Placed, placed));
    if (home !== undefined) home.push(placed);
    else groups.push([placed]);
  }
  return groups;
}

describe('cluster', () => {
  const placed = fc
    .record({ cx: fc.integer({ min: 0, max: 2000 }), cy: fc.integer({ min: 0, max: 2000 }), width: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(1e6)), height: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant(1e6)) })
    .map(({ cx, cy, width, height }): Placed => ({ item: { id: 'x', type: 'text' } as SnapshotItem, cx, cy, lines: [], left: cx - width / 2, right: cx + width / 2, top: cy - height / 2, bottom: cy + height / 2 }));

  it('groups exactly as the plain quadratic sweep does', () => {
    fc.assert(
      fc.property(fc.array(placed, { maxLength: 40 }), fc.constantFrom('row' as const, 'column' as const), (items, axis) => {
        expect(cluster(items, axis)).toEqual(referenceCluster(items, axis));
      }),
      { numRuns: 300 },
    );
  });
});
