// The "Data check" frame's curves (docs/data-check.md): per stage, what
// customers' survey scores say (dashed) beside what the map assumes (solid, in
// the map curve's colour), one point under each stage's column, +2 at the top.
// Per stage, not per touchpoint: the map's own curve is drawn per stage, and a
// 60-touchpoint map's points would not fit the frame's round-trip budget.
// A stage's observed value pools its touchpoints' observed means, weighted by
// their n; touchpoints with n below the suppression threshold are left out, so
// they never reach the board. A stage resting on fewer than `minN` scores is a
// hollow point ("low n"). Customers' words (feedback text) are not mixed in.
// The drawing itself is the comparison frame's (src/layout/plan-curve.ts).
import { CURVE_COLOR } from '../../layout/colors.ts';
import type { PlanChild } from '../../layout/plan.ts';
import { planCurve, type CurveLook, type CurveSpot } from '../../layout/plan-curve.ts';
import { append } from '../../model/arrays.ts';
import type { DataCheckResult } from './data-check.ts';
import type { DataMap } from './data-map.ts';

/** The data's colour in the frame: reach bars and customers' curve. */
export const DATA_BLUE = '#4262ff';
const POINT = 24;
const MAP_LOOK: CurveLook = { colour: CURVE_COLOR, size: POINT, link: { strokeColor: CURVE_COLOR, strokeWidth: 4 } };
const OBSERVED_LOOK: CurveLook = { colour: DATA_BLUE, size: POINT, link: { strokeColor: DATA_BLUE, strokeWidth: 3, strokeStyle: 'dashed' } };

export interface StageObserved {
  mean: number;
  /** Scored journeys, summed over the stage's touchpoints. */
  n: number;
}

/** Per stage (map order): customers' pooled survey valence, null when no touchpoint of it has enough scores to show. */
export function observedByStage(result: DataCheckResult, map: DataMap): (StageObserved | null)[] {
  return map.stages.map((stage) => {
    const shown = result.touchpoints.flatMap((point) => (point.stageId === stage.id && point.observed !== null && point.observed.n >= result.settings.suppressN ? [point.observed] : []));
    const n = shown.reduce((sum, entry) => sum + entry.n, 0);
    return n === 0 ? null : { mean: shown.reduce((sum, entry) => sum + entry.mean * entry.n, 0) / n, n };
  });
}

/** Per stage (map order): the mean of the map's own ratings of its touchpoints, null when none is rated. */
export function assumedByStage(result: DataCheckResult, map: DataMap): (number | null)[] {
  return map.stages.map((stage) => {
    const rated = result.touchpoints.flatMap((point) => (point.stageId === stage.id && point.assumed !== null ? [point.assumed] : []));
    return rated.length === 0 ? null : rated.reduce((sum, value) => sum + value, 0) / rated.length;
  });
}

/** The legend's lines, for the curves drawn. */
export function legendLines({ map, lowN, minN }: { map: boolean; lowN: boolean; minN: number }): string[] {
  return [...(map ? ['— map (assumed)'] : []), `- - customers (observed, n ≥ ${minN})`, ...(lowN ? [`○ customers, low n (under ${minN})`] : []), 'top +2, bottom −2'];
}

export interface CurveBand {
  /** Points first, then the links (the writer creates a link after its ends). */
  points: PlanChild[];
  links: PlanChild[];
  legend: string[];
}

/** Both curves in a band `top`…`top + height`, stage i's points at `columnX(i)`; null when customers' scores give no point. */
export function dataCheckCurves(result: DataCheckResult, map: DataMap, band: { top: number; height: number; columnX: (index: number) => number }): CurveBand | null {
  const observed = observedByStage(result, map);
  if (observed.every((entry) => entry === null)) return null;
  const minN = result.settings.minN;
  const assumedSpots = assumedByStage(result, map).flatMap((level, index): CurveSpot[] => (level === null ? [] : [{ key: `dc:map:${map.stages[index]?.id}`, x: band.columnX(index), level }]));
  const observedSpots = observed.flatMap((entry, index): CurveSpot[] => (entry === null ? [] : [{ key: `dc:seen:${map.stages[index]?.id}`, x: band.columnX(index), level: entry.mean, hollow: entry.n < minN }]));
  const mapCurve = planCurve({ spots: assumedSpots, band, look: MAP_LOOK });
  const seenCurve = planCurve({ spots: observedSpots, band, look: OBSERVED_LOOK });
  const points: PlanChild[] = [...mapCurve.points];
  append(points, seenCurve.points);
  const links: PlanChild[] = [...mapCurve.links];
  append(links, seenCurve.links);
  return { points, links, legend: legendLines({ map: assumedSpots.length > 0, lowN: observedSpots.some((spot) => spot.hollow === true), minN }) };
}
