import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFSET as PLACEMENT_MARGIN, findEmptySpace, occupiedBoxes, type Box } from '../../src/board/memory/empty-space.ts';
import type { SnapshotItem } from '../../src/snapshot/snapshot.ts';

const placeFrame = ({ size, occupied, at }: { size: { width: number; height: number }; occupied: Box[]; at?: { x: number; y: number } }) => {
  const { x, y } = findEmptySpace(occupied, { ...(at ?? { x: 0, y: 0 }), ...size });
  return { x, y };
};
const size = { width: 3000, height: 2000 };
const box = fc.record({ x: fc.integer({ min: -20_000, max: 20_000 }), y: fc.integer({ min: -20_000, max: 20_000 }), width: fc.integer({ min: 1, max: 5_000 }), height: fc.integer({ min: 1, max: 5_000 }) });
const clear = (a: Box, b: Box) => Math.abs(a.x - b.x) * 2 >= a.width + b.width + 2 * PLACEMENT_MARGIN || Math.abs(a.y - b.y) * 2 >= a.height + b.height + 2 * PLACEMENT_MARGIN;

describe("findEmptySpace (the in-memory board's answer)", () => {
  it('takes the viewport centre on an empty board', () => {
    expect(placeFrame({ size, occupied: [] })).toEqual({ x: 0, y: 0 });
  });

  it('never overlaps what is on the board (with a margin)', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 30 }), (occupied) => {
        const centre = placeFrame({ size, occupied });
        for (const other of occupied) expect(clear({ ...centre, ...size }, other)).toBe(true);
      }),
    );
  });

  it('stays next to the view when something sits in its middle', () => {
    const centre = placeFrame({ size, occupied: [{ x: 0, y: 0, width: 200, height: 200 }] });
    expect(Math.hypot(centre.x, centre.y)).toBeLessThanOrEqual(size.width + PLACEMENT_MARGIN);
  });

  it('goes just right of everything when no ring around the view is free', () => {
    const huge = { x: 0, y: 0, width: 100_000, height: 100_000 };
    expect(placeFrame({ size, occupied: [huge] })).toEqual({ x: 50_000 + PLACEMENT_MARGIN + size.width / 2, y: 0 });
  });

  it('answers the asked spot when even "right of everything" is off the finite number line', () => {
    const everything = { x: 0, y: 0, width: 1e308, height: 1e308 };
    const far = { x: 1.7e308, y: 0, width: 1e308, height: 100 };
    expect(placeFrame({ size, occupied: [everything, far] })).toEqual({ x: 0, y: 0 });
  });
});

describe('occupiedBoxes', () => {
  it('keeps top-level items with a position; frame children, tags and connectors take no room of their own', () => {
    const items = [
      { id: 'f', type: 'frame', x: 10, y: 20, width: 300, height: 200, parentId: null },
      { id: 'child', type: 'sticky_note', x: 5, y: 5, width: 200, height: 228, parentId: 'f' },
      { id: 't', type: 'tag', title: 'x' },
      { id: 'c', type: 'connector', parentId: null },
      { id: 'img', type: 'image', x: -50, y: 60 },
      { id: 'odd', type: 'embed', x: Number.NaN, y: 0 },
    ] as unknown as SnapshotItem[];
    expect(occupiedBoxes(items)).toEqual([
      { x: 10, y: 20, width: 300, height: 200 },
      { x: -50, y: 60, width: 0, height: 0 },
    ]);
  });
});

describe('findEmptySpace asked at a drop point', () => {
  it('centres the frame on the drop point when it is free', () => {
    expect(placeFrame({ size, occupied: [], at: { x: 7000, y: -3000 } })).toEqual({ x: 7000, y: -3000 });
  });

  it('moves it to the nearest free space when it would overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 20 }), fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: -10_000, max: 10_000 }), (occupied, x, y) => {
        const centre = placeFrame({ size, occupied, at: { x, y } });
        for (const other of occupied) expect(clear({ ...centre, ...size }, other)).toBe(true);
      }),
    );
  });
});
