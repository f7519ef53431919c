// The "Current → future" frame as a board plan, written under a compared pair
// (docs/compare-review.md): one column per stage with its Δ badge and its
// counts, both curves overlaid (current dashed grey; future solid, each point
// in its level's colour in the map's palette: line style and height say it
// too, so colour is never the only channel), the pain points left open.
// Every label is a text item and the points are shapes without text, so
// readback never takes the frame for a journey map (no stage-header grid).
import type { BoardPlan, PlanChild, PlanConnector, PlanShape } from '../../layout/plan.ts';
import { CURVE_COLOR, INK } from '../../layout/colors.ts';
import { planCurve, type CurveLook, type CurveSpot } from '../../layout/plan-curve.ts';
import { textToHtml } from '../../model/html.ts';
import { STICKY_HEX } from '../../model/sticky-hex.ts';
import { colorForValence, type RatedValence } from '../../model/valence.ts';
import { append } from '../../model/arrays.ts';
import type { Comparison, StageComparison } from './types.ts';
import { countsLine, deltaBadge, painsLine } from './wording.ts';

export const COMPARISON_TITLE = 'Current → future';
/** The hint on the frame's first child: marks it as the comparison of one pair of map frames. */
export const COMPARISON_HINT_KEY = 'journeyMapComparison';

const COLUMN = 320;
const PAD = 80;
const CURVE_TOP = PAD + 340;
const CURVE_HEIGHT = 400;
const POINT = 24;
export const CURRENT_GREY = '#8a8a8a';

/** The hint's value: the pair, so a new "Add" replaces only this pair's frame. */
export function comparisonPair({ before, after }: Comparison): string {
  return `${before.id}→${after.id}`;
}

function text({ key, lines, box }: { key: string; lines: readonly string[]; box: { x: number; y: number; width: number } }): PlanChild {
  return { type: 'text', kind: 'comparison', key, box: { ...box, height: 40 * lines.length }, content: textToHtml(lines.join('\n')), style: { fontSize: 24, textAlign: 'left', color: INK } };
}

/** The stage's column: name (and its old name), Δ badge, counts. */
export function stageLines(stage: StageComparison): string[] {
  const name = stage.previousName === null ? stage.name : `${stage.name} (was ${stage.previousName})`;
  return [name, deltaBadge(stage.delta), `${stage.added} added, ${stage.removed} removed, ${stage.changed} changed`];
}

const LOOKS: Record<'before' | 'after', CurveLook> = {
  before: { colour: CURRENT_GREY, size: POINT, link: { strokeColor: CURRENT_GREY, strokeWidth: 3, strokeStyle: 'dashed' } },
  after: { colour: CURVE_COLOR, size: POINT, link: { strokeColor: CURVE_COLOR, strokeWidth: 4 } },
};

/** A future point's colour: its level, rounded, in the future map's palette (an unrated stage keeps the curve's colour). */
function levelColour(level: number | null, palette: Comparison['after']['palette']): string | undefined {
  if (level === null) return undefined;
  const rounded = Math.max(-2, Math.min(2, Math.round(level))) as RatedValence;
  return STICKY_HEX[colorForValence(rounded, palette)];
}

/** One side's curve: a point per stage that side has, joined left to right; the future's points in their levels' colours. */
function curve(comparison: Comparison, side: 'before' | 'after'): { points: PlanShape[]; links: PlanConnector[] } {
  const spots = comparison.stages.flatMap((stage, row): CurveSpot[] => {
    if ((side === 'before' ? stage.beforeId : stage.afterId) === null) return [];
    const level = stage[side].mean;
    const colour = side === 'after' ? levelColour(level, comparison.after.palette) : undefined;
    return [{ key: `cmp:${side}:${row}`, x: PAD + COLUMN * row + COLUMN / 2, level, ...(colour === undefined ? {} : { colour }) }];
  });
  return planCurve({ spots, band: { top: CURVE_TOP, height: CURVE_HEIGHT }, look: LOOKS[side] });
}

function openPains(comparison: Comparison): string[] {
  const open = comparison.pains.outcomes.filter((pain) => pain.addressedBy === null);
  return ['Pain points not addressed:', ...(open.length === 0 ? ['• none'] : open.map((pain) => `• ${pain.stage}: ${pain.text}`))];
}

export function comparisonFramePlan(comparison: Comparison): BoardPlan {
  const width = Math.max(1600, PAD * 2 + COLUMN * comparison.stages.length);
  const wide = { x: width / 2, width: width - 2 * PAD };
  const summary = [`${COMPARISON_TITLE}: ${comparison.before.title} → ${comparison.after.title}`, `${painsLine(comparison)} · ${countsLine(comparison)}`];
  const children: PlanChild[] = [text({ key: 'cmp:summary', lines: summary, box: { ...wide, y: PAD + 40 } })];
  comparison.stages.forEach((stage, row) => {
    children.push(text({ key: `cmp:stage:${row}`, lines: stageLines(stage), box: { x: PAD + COLUMN * row + COLUMN / 2, y: PAD + 220, width: COLUMN - 40 } }));
  });
  const current = curve(comparison, 'before');
  const future = curve(comparison, 'after');
  append(children, current.points);
  append(children, future.points);
  append(children, current.links);
  append(children, future.links);
  const legendY = CURVE_TOP + CURVE_HEIGHT + 40;
  children.push(text({ key: 'cmp:legend', lines: ['Grey dashed: current state · solid: future state (top +2, bottom −2)'], box: { ...wide, y: legendY } }));
  const pains = openPains(comparison);
  const listTop = legendY + 60;
  children.push(text({ key: 'cmp:pains', lines: pains, box: { ...wide, y: listTop + 20 * pains.length } }));
  return { frame: { title: `${COMPARISON_TITLE}: ${comparison.before.title} → ${comparison.after.title}`, width, height: listTop + 40 * pains.length + PAD }, children };
}
