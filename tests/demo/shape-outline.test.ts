// Polygon outlines of Miro shape kinds span their box, as Miro stretches shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlinePoints } from '../../src/demo/shape-outline.ts';

const KINDS = ['triangle', 'rhombus', 'parallelogram', 'trapezoid', 'pentagon', 'hexagon', 'octagon', 'star'];

describe('outlinePoints', () => {
  it('draws a triangle from the top middle to the bottom corners', () => {
    expect(outlinePoints('triangle', { x: 0, y: 0, width: 200, height: 100 })).toBe('0,-50 100,50 -100,50');
  });

  it('stretches every polygon to span its box exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 10, max: 2000 }), height: fc.integer({ min: 10, max: 2000 }) }),
        (kind, box) => {
          const points = (outlinePoints(kind, box) ?? '').split(' ').map((pair) => pair.split(',').map(Number));
          const xs = points.map(([x]) => x ?? NaN);
          const ys = points.map(([, y]) => y ?? NaN);
          // Miro stretches a shape to its box: the outline spans it exactly.
          expect(Math.min(...xs)).toBeCloseTo(box.x - box.width / 2, 1);
          expect(Math.max(...xs)).toBeCloseTo(box.x + box.width / 2, 1);
          expect(Math.min(...ys)).toBeCloseTo(box.y - box.height / 2, 1);
          expect(Math.max(...ys)).toBeCloseTo(box.y + box.height / 2, 1);
        },
      ),
    );
  });

  it('leaves rectangles and kinds it does not know to the rectangle drawing', () => {
    for (const kind of ['rectangle', 'round_rectangle', 'cloud', 'constructor', 'toString']) {
      expect(outlinePoints(kind, { x: 0, y: 0, width: 10, height: 10 })).toBeUndefined();
    }
  });
});
