import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEMENT_MARGIN, occupiedBoxes, placeFrame, type Box } from '../../src/board/placement.ts';
import type { BoardItem } from '../../src/board/port.ts';

const viewport = { x: -960, y: -540, width: 1920, height: 1080 };
const size = { width: 3000, height: 2000 };
const box = fc.record({ x: fc.integer({ min: -20_000, max: 20_000 }), y: fc.integer({ min: -20_000, max: 20_000 }), width: fc.integer({ min: 1, max: 5_000 }), height: fc.integer({ min: 1, max: 5_000 }) });
const clear = (a: Box, b: Box) => Math.abs(a.x - b.x) * 2 >= a.width + b.width + 2 * PLACEMENT_MARGIN || Math.abs(a.y - b.y) * 2 >= a.height + b.height + 2 * PLACEMENT_MARGIN;

describe('placeFrame', () => {
  it('takes the viewport centre on an empty board', () => {
    expect(placeFrame({ size, viewport, occupied: [] })).toEqual({ x: 0, y: 0 });
  });

  it('never overlaps what is on the board (with a margin)', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 30 }), (occupied) => {
        const centre = placeFrame({ size, viewport, occupied });
        for (const other of occupied) expect(clear({ ...centre, ...size }, other)).toBe(true);
      }),
    );
  });

  it('stays next to the view when something sits in its middle', () => {
    const centre = placeFrame({ size, viewport, occupied: [{ x: 0, y: 0, width: 200, height: 200 }] });
    expect(Math.hypot(centre.x, centre.y)).toBeLessThanOrEqual(size.width + PLACEMENT_MARGIN);
  });

  it('goes just right of everything when no ring around the view is free', () => {
    const huge = { x: 0, y: 0, width: 100_000, height: 100_000 };
    expect(placeFrame({ size, viewport, occupied: [huge] })).toEqual({ x: 50_000 + PLACEMENT_MARGIN + size.width / 2, y: 0 });
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
    ] as unknown as BoardItem[];
    expect(occupiedBoxes(items)).toEqual([
      { x: 10, y: 20, width: 300, height: 200 },
      { x: -50, y: 60, width: 0, height: 0 },
    ]);
  });
});

describe('placeFrame at a drop point', () => {
  it('centres the frame on the drop point when it is free', () => {
    expect(placeFrame({ size, viewport, occupied: [], at: { x: 7000, y: -3000 } })).toEqual({ x: 7000, y: -3000 });
  });

  it('moves it to the nearest free space when it would overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 20 }), fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: -10_000, max: 10_000 }), (occupied, x, y) => {
        const centre = placeFrame({ size, viewport, occupied, at: { x, y } });
        for (const other of occupied) expect(clear({ ...centre, ...size }, other)).toBe(true);
      }),
    );
  });
});
