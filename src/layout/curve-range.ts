// A stage's range on the emotion curve: a thin vertical bar from its lowest to
// its highest rated note, behind the stage's mean point, so a stage of +2 and
// −2 does not look neutral. A stage whose notes all say one level (or that has
// one, or none) gets no bar: a zero-length bar shows nothing and would only be
// a leftover to tidy. The insert draws them with the curve; the curve refresh
// (src/emotion/curve-whiskers.ts) keeps them in step with the map.
import type { Journey } from '../model/journey.ts';
import { CURVE_COLOR } from './colors.ts';
import { curveY, WHISKER_WIDTH, type Grid } from './geometry.ts';
import { curveNotes } from './grid-items.ts';
import type { PlanShape } from './plan.ts';

/** Where a whisker goes, frame-relative: its centre and height. */
export interface WhiskerBox {
  x: number;
  y: number;
  height: number;
}

/** How a whisker looks, at insert and at a refresh alike. */
export const WHISKER_STYLE = { fillColor: CURVE_COLOR, borderColor: CURVE_COLOR, fillOpacity: 0.35, color: CURVE_COLOR, fontSize: 14, textAlign: 'center' } as const;

/** The lowest and highest rated note behind the stage's point (the same notes as its average); null when they agree. */
export function stageRange(journey: Journey, stageId: string): { low: number; high: number } | null {
  const valences = curveNotes(journey, stageId).map((note) => note.valence ?? 0);
  if (valences.length === 0) return null;
  const low = valences.reduce((a, b) => Math.min(a, b));
  const high = valences.reduce((a, b) => Math.max(a, b));
  return low === high ? null : { low, high };
}

/** The whisker a stage needs in a row, at the point's x; null for none. */
export function whiskerBox(range: { low: number; high: number } | null, { x, row }: { x: number; row: { top: number; height: number } }): WhiskerBox | null {
  if (range === null) return null;
  const top = curveY(range.high, row);
  const bottom = curveY(range.low, row);
  return { x, y: (top + bottom) / 2, height: bottom - top };
}

/** The whisker as an item of the insert's plan: an empty, narrow rectangle (how the refresh recognises it). */
export function whiskerShape(box: WhiskerBox, key: string): PlanShape {
  return { type: 'shape', kind: 'curve-whisker', key, shape: 'rectangle', box: { x: box.x, y: box.y, width: WHISKER_WIDTH, height: box.height }, content: '', style: { ...WHISKER_STYLE } };
}

/** The whiskers of every emotion row, at its curve points' x (emotionCurve), for the stages whose notes disagree. */
export function curveWhiskers(journey: Journey, grid: Grid): PlanShape[] {
  return grid.rows
    .filter((row) => row.lane.kind === 'emotions')
    .flatMap((row) =>
      grid.columns.flatMap((column) => {
        const box = whiskerBox(stageRange(journey, column.stage.id), { x: column.left + column.width / 2, row: { top: row.top, height: row.stickyTop - row.top } });
        return box === null ? [] : [whiskerShape(box, `whisker:${row.lane.id}:${column.stage.id}`)];
      }),
    );
}
