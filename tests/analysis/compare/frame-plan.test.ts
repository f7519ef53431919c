// The "Current → future" frame as a plan: one column per stage with its Δ
// badge and counts, both curves (current dashed grey, future solid), the open
// pain points; and what it refuses.
import { STICKY_HEX } from '../../../src/model/sticky-hex.ts';
import { colorForValence } from '../../../src/model/valence.ts';
import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../../src/analysis/compare/compare.ts';
import { COMPARISON_TITLE, CURRENT_GREY, comparisonFramePlan, comparisonPair } from '../../../src/analysis/compare/frame-plan.ts';
import type { Comparison } from '../../../src/analysis/compare/types.ts';
import { CURVE_COLOR } from '../../../src/layout/colors.ts';
import type { BoardPlan, PlanChild } from '../../../src/layout/plan.ts';
import { htmlToText } from '../../../src/model/html.ts';
import type { Journey } from '../../../src/model/journey.ts';
import { sampleJourney } from '../../support/journeys.ts';

/** The sample, then its future: Discover's touchpoint now −1, a new 0 touchpoint in "First box". */
function comparison(): Comparison {
  const before = sampleJourney();
  const after: Journey = { ...sampleJourney(), id: 'coffee-future', title: 'Future coffee', kind: 'future-state' };
  after.notes = after.notes.map((note) => (note.id === 'n1' ? { ...note, valence: -1 } : note));
  after.notes.push({ id: 'n7', stageId: 'first-box', laneId: 'doing', text: 'Box tracked by text message', valence: 0, channel: null, owner: null, evidence: null, momentOfTruth: false });
  const result = compareJourneys({ before, after });
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

const textOf = (plan: BoardPlan, key: string) => {
  const child = plan.children.find((entry) => entry.key === key);
  return child !== undefined && child.type === 'text' ? htmlToText(child.content) : undefined;
};
const ofKind = (plan: BoardPlan, prefix: string) => plan.children.filter((child: PlanChild) => child.key.startsWith(prefix));

describe('comparisonFramePlan', () => {
  it('writes one column per stage with the Δ badge and the counts', () => {
    const plan = comparisonFramePlan(comparison());
    expect(plan.frame.title).toBe(`${COMPARISON_TITLE}: Coffee subscription → Future coffee`);
    expect(plan.children[0]?.key).toBe('cmp:summary');
    expect(textOf(plan, 'cmp:summary')).toBe('Current → future: Coffee subscription → Future coffee\n0 of 2 pain points addressed · 1 added, 0 removed, 1 changed · 1 regression');
    expect([0, 1, 2].map((row) => textOf(plan, `cmp:stage:${row}`))).toEqual([
      'Discover\n▼ −2.0\n0 added, 0 removed, 1 changed',
      'Sign up\n= 0.0\n0 added, 0 removed, 0 changed',
      'First box\n▼ −1.0\n1 added, 0 removed, 0 changed',
    ]);
    expect(textOf(plan, 'cmp:stage:3')).toBeUndefined();
  });

  it('lists the unaddressed pain points as text', () => {
    expect(textOf(comparisonFramePlan(comparison()), 'cmp:pains')).toBe('Pain points not addressed:\n• Sign up: Fills in a long form\n• Sign up: Too many fields & no guest checkout');
  });

  it('overlays both curves: current dashed grey, future solid with each point in the colour of its level, higher feeling higher up', () => {
    const plan = comparisonFramePlan(comparison());
    const before = ofKind(plan, 'cmp:before:');
    const after = ofKind(plan, 'cmp:after:');
    expect(before.map((child) => child.type)).toEqual(['shape', 'shape', 'shape', 'connector', 'connector']);
    expect(after.map((child) => child.type)).toEqual(['shape', 'shape', 'shape', 'connector', 'connector']);
    const [now, then] = [before[0], after[0]];
    if (now?.type !== 'shape' || then?.type !== 'shape') throw new Error('no points');
    // Discover fell from +1 to −1: the future point sits lower (a larger y).
    expect(then.box.y).toBeGreaterThan(now.box.y);
    expect(now.box.x).toBe(then.box.x);
    // −1 in the future map's palette; the line keeps the curve colour.
    expect([now.content, now.style.fillColor, then.style.fillColor, then.style.borderColor]).toEqual(['', CURRENT_GREY, STICKY_HEX[colorForValence(-1, comparison().after.palette)], STICKY_HEX[colorForValence(-1, comparison().after.palette)]]);
    expect(before[3]).toMatchObject({ type: 'connector', from: 'cmp:before:0', to: 'cmp:before:1', style: { strokeColor: CURRENT_GREY, strokeStyle: 'dashed' } });
    expect(after[3]).toMatchObject({ type: 'connector', from: 'cmp:after:0', to: 'cmp:after:1', style: { strokeColor: CURVE_COLOR } });
    expect(after[3]?.type === 'connector' && after[3].style.strokeStyle).toBeUndefined();
  });

  it('colours the future points in the palette of the future map, rounding the level; an unrated stage keeps the curve colour', () => {
    const base = comparison();
    const colourBlind = { ...base, after: { ...base.after, palette: 'colour-blind' as const } };
    const [first] = ofKind(comparisonFramePlan(colourBlind), 'cmp:after:');
    expect(first?.type === 'shape' && first.style.fillColor).toBe(STICKY_HEX[colorForValence(-1, 'colour-blind')]);
    const unrated = { ...base, stages: base.stages.map((stage, index) => (index === 0 ? { ...stage, after: { ...stage.after, mean: null } } : stage)) };
    const [blank] = ofKind(comparisonFramePlan(unrated), 'cmp:after:');
    expect(blank?.type === 'shape' && blank.style.fillColor).toBe(CURVE_COLOR);
    const nearly = { ...base, stages: base.stages.map((stage, index) => (index === 0 ? { ...stage, after: { ...stage.after, mean: 1.6 } } : stage)) };
    const [high] = ofKind(comparisonFramePlan(nearly), 'cmp:after:');
    expect(high?.type === 'shape' && high.style.fillColor).toBe(STICKY_HEX[colorForValence(2, base.after.palette)]);
  });

  it('gives a stage only one side has a point on that side only, and no Δ', () => {
    const base = comparison();
    const added = { ...base, stages: [...base.stages, { ...base.stages[2], name: 'Renewal', status: 'added', beforeId: null, afterId: 'renewal', before: { mean: null, rated: 0, unrated: 0 }, delta: null } as Comparison['stages'][number]] };
    const plan = comparisonFramePlan(added);
    expect(ofKind(plan, 'cmp:before:').filter((child) => child.type === 'shape')).toHaveLength(3);
    expect(ofKind(plan, 'cmp:after:').filter((child) => child.type === 'shape')).toHaveLength(4);
    expect(textOf(plan, 'cmp:stage:3')).toBe('Renewal\nno Δ\n1 added, 0 removed, 0 changed');
  });

  it('names the pair in order, so the reverse comparison is another frame', () => {
    const base = comparison();
    expect(comparisonPair(base)).toBe('coffee→coffee-future');
    expect(comparisonPair({ ...base, before: base.after, after: { ...base.before, palette: base.after.palette } })).toBe('coffee-future→coffee');
  });
});
