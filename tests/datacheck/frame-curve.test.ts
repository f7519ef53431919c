// The "Data check" frame's curves: customers' (dashed) beside the map's own
// (solid), one point per stage with scores, in stage order, higher feeling
// higher up; suppressed scores never drawn, low n hollow; no scores, no curve.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDataCheck, type DataCheckResult } from '../../src/analysis/datacheck/data-check.ts';
import type { DataMap, DataTouchpoint } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { DATA_BLUE, legendLines } from '../../src/analysis/datacheck/frame-curve.ts';
import { dataCheckFramePlan } from '../../src/analysis/datacheck/frame-plan.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { CURVE_COLOR, PAPER } from '../../src/layout/colors.ts';
import type { BoardPlan, PlanConnector, PlanShape } from '../../src/layout/plan.ts';
import { htmlToText } from '../../src/model/html.ts';

const point = (id: string, stage: number, valence: number | null = null): DataTouchpoint => ({ id, stage, text: id, channel: 'web', valence, events: [id], untracked: false });

function mapOf(points: DataTouchpoint[]): DataMap {
  return { frameId: 'frame', persona: '', palette: 'classic', stages: [0, 1, 2].map((index) => ({ id: `s${index}`, name: `Stage ${index}` })), touchpoints: points };
}

/** `scores[id]`: [how many customers rate it, the CSAT 1–5 they give]; every customer meets every touchpoint. */
function logOf(ids: readonly string[], scores: Record<string, [number, number]>): string {
  const lines = ['case,activity,time,csat'];
  for (let c = 0; c < 40; c++) {
    ids.forEach((id, index) => {
      const [raters, csat] = scores[id] ?? [0, 3];
      lines.push(`c${c},${id},${new Date(Date.UTC(2026, 0, 1, 0, index) + c * 86_400_000).toISOString()},${c < raters ? csat : ''}`);
    });
  }
  return lines.join('\n');
}

const check = (map: DataMap, log: string): DataCheckResult => runDataCheck({ map, log: parseLogText(log), saved: {}, settings: DATA_CHECK_DEFAULTS, source: 't.csv' });
const points = (plan: BoardPlan, prefix: string) => plan.children.filter((child): child is PlanShape => child.type === 'shape' && child.key.startsWith(prefix));
const links = (plan: BoardPlan, prefix: string) => plan.children.filter((child): child is PlanConnector => child.type === 'connector' && child.key.startsWith(prefix));
const legend = (plan: BoardPlan) => {
  const child = plan.children.find((entry) => entry.key === 'dc:legend');
  return child?.type === 'text' ? htmlToText(child.content) : undefined;
};

// Stage 0: a rated +2 by the map, customers 40 × CSAT 5 (+2); b rated 0, 40 × CSAT 3 (0): pooled +1.
// Stage 1: c rated −1, 10 customers × CSAT 1 (−2): low n. Stage 2: d unrated, no scores.
const MAP = mapOf([point('a', 0, 2), point('b', 0, 0), point('c', 1, -1), point('d', 2)]);
const SCORES: Record<string, [number, number]> = { a: [40, 5], b: [40, 3], c: [10, 1] };

describe('the data-check frame\'s curves', () => {
  it('draws customers\' points per stage in stage order, y from the pooled mean, low n hollow, joined by dashed connectors', () => {
    const plan = dataCheckFramePlan(check(MAP, logOf(['a', 'b', 'c', 'd'], SCORES)), MAP);
    const seen = points(plan, 'dc:seen:');
    const own = points(plan, 'dc:map:');
    expect(seen.map((entry) => entry.key)).toEqual(['dc:seen:s0', 'dc:seen:s1']);
    expect(own.map((entry) => entry.key)).toEqual(['dc:map:s0', 'dc:map:s1']);
    expect(seen[0]!.box.x).toBeLessThan(seen[1]!.box.x);
    expect(seen.map((entry) => entry.box.x)).toEqual(own.map((entry) => entry.box.x));
    // Customers' +1 sits level with the map's +1; from +1 down to −2 is 1.5 times the map's +1 down to −1.
    expect(seen[0]!.box.y).toBe(own[0]!.box.y);
    expect((seen[1]!.box.y - seen[0]!.box.y) / (own[1]!.box.y - own[0]!.box.y)).toBeCloseTo(1.5, 9);
    expect(seen.map((entry) => [entry.content, entry.style.fillColor, entry.style.borderColor])).toEqual([['', DATA_BLUE, DATA_BLUE], ['', PAPER, DATA_BLUE]]);
    expect(links(plan, 'dc:seen:')).toEqual([{ type: 'connector', kind: 'curve-link', key: 'dc:seen:s0->dc:seen:s1', from: 'dc:seen:s0', to: 'dc:seen:s1', style: { strokeColor: DATA_BLUE, strokeWidth: 3, strokeStyle: 'dashed' } }]);
    expect(links(plan, 'dc:map:')).toEqual([{ type: 'connector', kind: 'curve-link', key: 'dc:map:s0->dc:map:s1', from: 'dc:map:s0', to: 'dc:map:s1', style: { strokeColor: CURVE_COLOR, strokeWidth: 4 } }]);
    expect(legend(plan)).toBe('— map (assumed)\n- - customers (observed, n ≥ 30)\n○ customers, low n (under 30)\ntop +2, bottom −2');
  });

  it('skips a stage without scores and joins the points on either side of it', () => {
    const map = mapOf([point('a', 0), point('b', 1), point('c', 2)]);
    const plan = dataCheckFramePlan(check(map, logOf(['a', 'b', 'c'], { a: [40, 4], c: [40, 2] })), map);
    expect(points(plan, 'dc:seen:').map((entry) => entry.key)).toEqual(['dc:seen:s0', 'dc:seen:s2']);
    expect(links(plan, 'dc:seen:').map((entry) => entry.key)).toEqual(['dc:seen:s0->dc:seen:s2']);
  });

  it('draws only customers\' curve when the map rates nothing, and says so in the legend', () => {
    const map = mapOf([point('a', 0), point('b', 1)]);
    const plan = dataCheckFramePlan(check(map, logOf(['a', 'b'], { a: [40, 4], b: [30, 2] })), map);
    expect(points(plan, 'dc:map:')).toEqual([]);
    expect(links(plan, 'dc:map:')).toEqual([]);
    expect(legend(plan)).toBe('- - customers (observed, n ≥ 30)\ntop +2, bottom −2');
  });

  it('never draws scores below the suppression threshold: no point, and no curve at all when nothing else is scored', () => {
    const suppressed = dataCheckFramePlan(check(MAP, logOf(['a', 'b', 'c', 'd'], { a: [40, 5], c: [4, 1] })), MAP);
    expect(points(suppressed, 'dc:seen:').map((entry) => entry.key)).toEqual(['dc:seen:s0']);
    expect(links(suppressed, 'dc:seen:')).toEqual([]);
    const none = dataCheckFramePlan(check(MAP, logOf(['a', 'b', 'c', 'd'], { c: [4, 1] })), MAP);
    expect(none.children.filter((child) => child.type === 'connector' || (child.type === 'shape' && child.kind === 'curve-point'))).toEqual([]);
    expect(legend(none)).toBeUndefined();
  });

  it('draws no curve without scores, and the frame is then as before the curve existed', () => {
    const plan = dataCheckFramePlan(check(MAP, logOf(['a', 'b', 'c', 'd'], {})), MAP);
    expect(plan.children.map((child) => child.key)).toEqual(['dc:summary', 'dc:bar:s0', 'dc:reach:s0', 'dc:bar:s1', 'dc:reach:s1', 'dc:bar:s2', 'dc:reach:s2', 'dc:lists']);
  });

  it('names the threshold the settings give', () => {
    expect(legendLines({ map: true, lowN: true, minN: 50 })).toEqual(['— map (assumed)', '- - customers (observed, n ≥ 50)', '○ customers, low n (under 50)', 'top +2, bottom −2']);
  });

  it('property: a stage has a point exactly when a touchpoint of it has ≥ 5 scores; hollow exactly when its scores sum below 30; links join neighbours left to right', () => {
    const raters = fc.constantFrom(0, 3, 4, 5, 12, 29, 30, 40);
    fc.assert(
      fc.property(fc.array(fc.tuple(raters, fc.integer({ min: 1, max: 5 })), { minLength: 6, maxLength: 6 }), (scored) => {
        const map = mapOf(scored.map((_, index) => point(`t${index}`, index % 3)));
        const ids = map.touchpoints.map((entry) => entry.id);
        const plan = dataCheckFramePlan(check(map, logOf(ids, Object.fromEntries(scored.map((entry, index) => [`t${index}`, entry])))), map);
        const shown = [0, 1, 2].map((stage) => scored.filter((_, index) => index % 3 === stage).reduce((sum, [n]) => sum + (n >= 5 ? n : 0), 0));
        const seen = points(plan, 'dc:seen:');
        expect(seen.map((entry) => entry.key)).toEqual(shown.flatMap((n, stage) => (n > 0 ? [`dc:seen:s${stage}`] : [])));
        expect(seen.map((entry) => entry.style.fillColor === PAPER)).toEqual(shown.filter((n) => n > 0).map((n) => n < 30));
        expect(links(plan, 'dc:seen:').map((entry) => [entry.from, entry.to])).toEqual(seen.slice(1).map((entry, index) => [seen[index]!.key, entry.key]));
      }),
      { numRuns: 40 },
    );
  });
});
