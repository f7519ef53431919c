// A feeling curve drawn in a plan band outside a map (the comparison frame's
// two curves, the data check's map and customers' curves): one small circle
// per spot, higher feeling higher up (+2 at the top), joined in order by
// connectors. The points carry no text, so readback never takes them for a
// map's stage headers or stickies.
import { INK, PAPER } from './colors.ts';
import { curveY } from './geometry.ts';
import type { PlanConnector, PlanShape } from './plan.ts';

export interface CurveSpot {
  key: string;
  /** Centre, relative to the frame's top-left corner. */
  x: number;
  /** −2 … +2; null draws at 0, as the map's own curve does. */
  level: number | null;
  /** Drawn white inside its colour's ring (the data check's low-n points). */
  hollow?: boolean;
  /** The point's own colour, over the curve's (the future curve: its level's colour in the map's palette). */
  colour?: string;
}

export interface CurveLook {
  colour: string;
  /** Point diameter. */
  size: number;
  link: PlanConnector['style'];
}

/** Connectors joining `points` in the order given (each to the next). */
export function linkInOrder(points: readonly PlanShape[], style: PlanConnector['style']): PlanConnector[] {
  return points.slice(1).map((point, index): PlanConnector => {
    const from = points[index]?.key ?? point.key;
    return { type: 'connector', kind: 'curve-link', key: `${from}->${point.key}`, from, to: point.key, style: { ...style } };
  });
}

/** The curve's points (in the order of `spots`) and the links joining them. */
export function planCurve({ spots, band, look }: { spots: readonly CurveSpot[]; band: { top: number; height: number }; look: CurveLook }): { points: PlanShape[]; links: PlanConnector[] } {
  const points = spots.map(
    (spot): PlanShape => ({
      type: 'shape',
      kind: 'curve-point',
      key: spot.key,
      shape: 'circle',
      box: { x: spot.x, y: curveY(spot.level, band), width: look.size, height: look.size },
      content: '',
      style: { fillColor: spot.hollow === true ? PAPER : (spot.colour ?? look.colour), borderColor: spot.colour ?? look.colour, color: INK, fontSize: 14, textAlign: 'center' },
    }),
  );
  return { points, links: linkInOrder(points, look.link) };
}
