// The demo's viewport maths: zooming keeps the point under the pointer still,
// panning undoes itself, the visible area always covers the viewport.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBounds, MAX_VIEW_WIDTH, MIN_VIEW_WIDTH, panBy, reveal, toBoardPoint, visibleRect, zoomAt } from '../../src/demo/view.ts';

const size = fc.record({ width: fc.integer({ min: 100, max: 3000 }), height: fc.integer({ min: 100, max: 2000 }) });
const rect = fc.record({
  x: fc.integer({ min: -10_000, max: 10_000 }),
  y: fc.integer({ min: -10_000, max: 10_000 }),
  width: fc.integer({ min: 100, max: 20_000 }),
  height: fc.integer({ min: 100, max: 20_000 }),
});
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));

describe('visibleRect', () => {
  it('covers the viewport, keeps its centre and takes the element shape', () => {
    fc.assert(
      fc.property(rect, size, (viewport, element) => {
        const visible = visibleRect(viewport, element);
        expect(visible.width).toBeGreaterThanOrEqual(viewport.width - 1e-6);
        expect(visible.height).toBeGreaterThanOrEqual(viewport.height - 1e-6);
        close(visible.x + visible.width / 2, viewport.x + viewport.width / 2);
        close(visible.y + visible.height / 2, viewport.y + viewport.height / 2);
        close(visible.width / visible.height, element.width / element.height);
      }),
    );
  });
});

describe('zoomAt', () => {
  it('keeps the board point under the pointer where it is', () => {
    fc.assert(
      fc.property(rect, size, fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (viewport, element, factor, u, v) => {
        const visible = visibleRect(viewport, element);
        const pixel = { x: u * element.width, y: v * element.height };
        const anchor = toBoardPoint(visible, element, pixel);
        const zoomed = zoomAt(visible, factor, anchor);
        const after = toBoardPoint(zoomed, element, pixel);
        close(after.x, anchor.x);
        close(after.y, anchor.y);
        expect(zoomed.width).toBeGreaterThanOrEqual(MIN_VIEW_WIDTH - 1e-9);
        expect(zoomed.width).toBeLessThanOrEqual(MAX_VIEW_WIDTH + 1e-9);
      }),
    );
  });

  it('stops at the closest zoom', () => {
    expect(zoomAt({ x: 0, y: 0, width: 100, height: 50 }, 10, { x: 50, y: 25 })).toEqual({ x: 25, y: 12.5, width: MIN_VIEW_WIDTH, height: 25 });
  });
});

describe('panBy', () => {
  it('moves against the drag and back again', () => {
    fc.assert(
      fc.property(rect, size, fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (viewport, element, dx, dy) => {
        const visible = visibleRect(viewport, element);
        const moved = panBy(visible, element, { x: dx, y: dy });
        if (dx !== 0) expect(Math.sign(moved.x - visible.x)).toBe(-Math.sign(dx));
        const back = panBy(moved, element, { x: -dx, y: -dy });
        close(back.x, visible.x);
        close(back.y, visible.y);
      }),
    );
  });
});

describe('fitBounds', () => {
  it('holds the bounds with a margin', () => {
    expect(fitBounds({ x: 1000, y: 500, width: 2000, height: 1300 })).toEqual({ x: -140, y: -290, width: 2280, height: 1580 });
  });
});

describe('reveal', () => {
  const view = { x: 0, y: 0, width: 1000, height: 500 };

  it('leaves the view alone when the box is in sight', () => {
    expect(reveal(view, { x: 500, y: 250, width: 200, height: 100 })).toBe(view);
  });

  it('centres a box that is partly or wholly out of sight, at the same zoom', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), (x, y) => {
        const box = { x, y, width: 100, height: 100 };
        const moved = reveal(view, box);
        expect(moved.width).toBe(view.width);
        expect(reveal(moved, box)).toBe(moved);
        expect([moved.x + moved.width / 2, moved.y + moved.height / 2]).toEqual(moved === view ? [500, 250] : [x, y]);
      }),
    );
  });
});
