// The outline of a Miro shape kind as polygon corners inside its box, for the
// demo's drawing. Kinds without a polygon here (rectangles, callouts, arrows,
// clouds, braces, cans…) are drawn as rectangles.
import { maxOf, minOf } from '../model/arrays.ts';

type Unit = readonly (readonly [number, number])[];

/** Stretches corners to fill the unit square, as Miro stretches a shape to its box. */
function fill(corners: Unit): Unit {
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [left, top] = [minOf(xs), minOf(ys)];
  const [width, height] = [maxOf(xs) - left, maxOf(ys) - top];
  return corners.map(([x, y]) => [(x - left) / width, (y - top) / height] as const);
}

/** Corners on a circle, the first `turn` radians clockwise from the top; every other one at `inner` of the radius. */
function radial(count: number, turn = 0, inner = 1): Unit {
  return fill(
    Array.from({ length: count }, (_, index) => {
      const angle = turn + (index * 2 * Math.PI) / count;
      const radius = index % 2 === 1 ? inner : 1;
      return [radius * Math.sin(angle), -radius * Math.cos(angle)] as const;
    }),
  );
}

/** Corners in the unit square (0,0 top-left to 1,1 bottom-right) of each polygonal kind. */
const UNIT_OUTLINES: Record<string, Unit> = {
  triangle: [
    [0.5, 0],
    [1, 1],
    [0, 1],
  ],
  rhombus: [
    [0.5, 0],
    [1, 0.5],
    [0.5, 1],
    [0, 0.5],
  ],
  parallelogram: [
    [0.25, 0],
    [1, 0],
    [0.75, 1],
    [0, 1],
  ],
  trapezoid: [
    [0.2, 0],
    [0.8, 0],
    [1, 1],
    [0, 1],
  ],
  pentagon: radial(5),
  hexagon: radial(6, Math.PI / 6),
  octagon: radial(8, Math.PI / 8),
  star: radial(10, 0, 0.4),
};

/** SVG `points` of the shape's outline in its centre-based box, or undefined for a kind drawn as a rectangle. */
export function outlinePoints(shape: string, box: { x: number; y: number; width: number; height: number }): string | undefined {
  const unit = Object.hasOwn(UNIT_OUTLINES, shape) ? UNIT_OUTLINES[shape] : undefined;
  if (unit === undefined) return undefined;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  return unit.map(([u, v]) => `${round(left + u * box.width)},${round(top + v * box.height)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
