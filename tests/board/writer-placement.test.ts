import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEMENT_MARGIN, placeFrame, type Box } from '../../src/board/placement.ts';

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
});
