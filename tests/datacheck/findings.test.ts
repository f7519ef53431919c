// Findings at their edges: coverage, untracked and offline touchpoints, small
// numbers, simultaneity, persona segments, customers' words, "rate as".
import { describe, expect, it } from 'vitest';
import { runDataCheck, type DataCheckResult } from '../../src/analysis/datacheck/data-check.ts';
import type { DataMap, DataTouchpoint } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { dataCheckJson } from '../../src/io/datacheck-json.ts';
import { nLabel } from '../../src/io/datacheck-text.ts';

const point = (id: string, stage: number, extra: Partial<DataTouchpoint> = {}): DataTouchpoint => ({ id, stage, text: id, channel: 'web', valence: null, events: [id], untracked: false, ...extra });

function mapOf(points: DataTouchpoint[], persona = ''): DataMap {
  return { frameId: 'frame', persona, palette: 'classic', stages: [0, 1, 2].map((index) => ({ id: `s${index}`, name: `Stage ${index}` })), touchpoints: points };
}

/** One journey per customer: `steps` are [activity, seconds after the start, extra cells]. */
function logOf(customers: number, steps: (customer: number) => [string, number, string?][], header = 'case,activity,time,extra'): string {
  const lines = [header];
  for (let c = 0; c < customers; c++) for (const [activity, seconds, extra = ''] of steps(c)) lines.push(`c${c},${activity},${new Date(Date.UTC(2026, 0, 1) + c * 86_400_000 * 40 + seconds * 1000).toISOString()},${extra}`);
  return lines.join('\n');
}

const check = (map: DataMap, text: string, scorer?: (text: string) => number): DataCheckResult => runDataCheck({ map, log: parseLogText(text, scorer === undefined ? {} : { feedbackScorer: scorer }), saved: {}, settings: DATA_CHECK_DEFAULTS, source: 't.csv' });
const rules = (result: DataCheckResult) => result.findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.itemIds.join(',')}`);

describe('data-check findings', () => {
  it('warns when less than half the events map, pointing at the frame', () => {
    const result = check(mapOf([point('a', 0)]), logOf(40, () => [['a', 0], ['x', 60], ['y', 120]]));
    expect(result.mappingCoverage).toBeCloseTo(1 / 3, 3);
    expect(result.findings[0]).toEqual({ rule: 'low-mapping-coverage', severity: 'warning', message: 'Only 33% of events map to a touchpoint (below 50%): tag stickies with "event: <name>" or confirm suggestions', itemIds: ['frame'] });
  });

  it('reports unseen touchpoints: warning for digital ones, info for offline ones, none for "data: untracked"', () => {
    const map = mapOf([point('a', 0), point('web', 0), point('shop', 0, { channel: 'in-store' }), point('post', 0, { untracked: true })]);
    expect(rules(check(map, logOf(40, () => [['a', 0]])))).toEqual(['warning touchpoint-not-in-data web', 'info touchpoint-not-in-data shop']);
  });

  it('raises nothing on 5 ≤ n < 30 and shows such counts as "low n", below 5 as "<5"', () => {
    const map = mapOf([point('a', 0, { valence: 2 }), point('b', 1)]);
    const result = check(map, logOf(20, (c) => (c === 0 ? [['a', 0], ['b', 60]] : [['a', 0, '1']]), 'case,activity,time,csat'));
    expect(result.findings).toEqual([]);
    expect([nLabel(20, result), nLabel(3, result), nLabel(1240, result)]).toEqual(['20 (low n)', '<5', '1,240']);
    const json = dataCheckJson(result).dataCheck;
    expect(json.touchpoints[1]).toMatchObject({ id: 'b', instances: '<5', coverage: null, events: '<5' });
  });

  it('never counts events at most 2 s apart as out of order', () => {
    const map = mapOf([point('a', 0), point('b', 1)]);
    const tie = check(map, logOf(40, () => [['b', 0], ['a', 2]]));
    expect(tie.deviations).toEqual([]);
    const swapped = check(map, logOf(40, () => [['b', 0], ['a', 3]]));
    expect(rules(swapped)).toContain('warning order-deviation a,b');
  });

  it('counts only the persona\'s segment when the segment column names it', () => {
    const text = logOf(60, (c) => [['a', 0, c % 3 === 0 ? 'Sam' : 'Alex']], 'case,activity,time,segment');
    const result = check(mapOf([point('a', 0)], 'sam'), text);
    expect([result.segment, result.instances]).toEqual(['Sam', 20]);
    expect(check(mapOf([point('a', 0)], 'Kim'), text).instances).toBe(60);
  });

  it('keeps customers\' words apart from survey scores and says which it is', () => {
    const map = mapOf([point('a', 0, { valence: 2 })]);
    const result = check(map, logOf(40, () => [['a', 0, 'awful, slow']], 'case,activity,time,comment'), () => -2);
    expect(result.touchpoints[0]?.observed).toBeNull();
    expect(result.touchpoints[0]?.words).toMatchObject({ mean: -2, n: 40 });
    expect(result.findings[0]?.message).toBe('"a": the map says +2.0, customers\' words say −2.0 (95% interval −2.0 to −2.0, n=40)');
  });

  it('suggests "rate as X" for an unrated touchpoint with enough scores', () => {
    const result = check(mapOf([point('a', 0)]), logOf(40, () => [['a', 0, '5']], 'case,activity,time,csat'));
    expect(result.rateAs).toEqual([{ id: 'a', valence: 2 }]);
    expect(result.score).toEqual({ column: 'csat', scale: 'five' });
  });
});
