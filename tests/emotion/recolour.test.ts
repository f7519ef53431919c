import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyItemUpdates, undoUpdates } from '../../src/board/item-updates.ts';
import { planRecolourAll } from '../../src/emotion/recolour-all.ts';
import { summarisePlan } from '../../src/emotion/recolour.ts';
import { loadTextScorer } from '../../src/emotion/sentiment.ts';
import { recolourTargets, type Targets } from '../../src/emotion/targets.ts';
import { STICKY_COLORS } from '../../src/model/valence.ts';
import { WORKSHOP, boardOf, colours, workshopSnapshot, type StickySpec } from './boards.ts';

const scoreText = await loadTextScorer();

function frameTargets(snapshot: ReturnType<typeof workshopSnapshot>): Extract<Targets, { ok: true }> {
  const targets = recolourTargets(snapshot, { scope: 'frame', selectedIds: [] });
  if (!targets.ok) throw new Error(targets.message);
  return targets;
}

describe('recolour plan', () => {
  it('colours each sticky by its emotion and says why', () => {
    const { plan } = planRecolourAll(frameTargets(workshopSnapshot(WORKSHOP)), { scoreText });
    expect(plan.entries.map((entry) => [entry.id, entry.to, entry.emotion.source])).toEqual([
      ['s1', 'red', 'text'],
      ['s2', 'orange', 'text'],
      ['s3', 'gray', 'text'],
      ['s4', 'light_green', 'text'],
      ['s5', 'green', 'text'],
      ['s6', 'orange', 'marker'],
      ['s7', 'green', 'tag'],
      ['s8', 'red', 'colour'],
    ]);
  });

  it('summarises as "N stickies: counts per colour from −2 to +2, K unchanged"', () => {
    const { plan } = planRecolourAll(frameTargets(workshopSnapshot(WORKSHOP)), { scoreText });
    expect(summarisePlan(plan)).toBe('8 stickies: 1 red, 2 orange, 1 gray, 1 light green, 2 green, 1 unchanged');
  });

  it('recomputes a palette-coloured sticky from its text only when asked', () => {
    const snapshot = workshopSnapshot([{ text: 'Love it, amazing', color: 'red' }]);
    expect(planRecolourAll(frameTargets(snapshot), { scoreText }).updates).toEqual([]);
    expect(planRecolourAll(frameTargets(snapshot), { scoreText, recomputeFromText: true }).updates).toEqual([
      // The update expects the sticky as it was planned from: a later change makes it skip.
      { id: 's1', after: { fillColor: 'green' }, expect: { fillColor: 'red', content: '<p>Love it, amazing</p>' } },
    ]);
  });

  it('on the selection, only the selected stickies', () => {
    const targets = recolourTargets(workshopSnapshot(WORKSHOP), { scope: 'selection', selectedIds: ['s1', 's3', 'f1'] });
    expect(targets.ok && targets.stickies.map((sticky) => sticky.id)).toEqual(['s1', 's3']);
    expect(recolourTargets(workshopSnapshot(WORKSHOP), { scope: 'selection', selectedIds: [] })).toEqual({
      ok: false,
      message: 'No sticky note is selected: select some, or recolour the whole journey frame.',
      candidates: [],
    });
  });

  it('on the frame holding the selection', () => {
    const targets = recolourTargets(workshopSnapshot(WORKSHOP), { scope: 'frame', selectedIds: ['s2'] });
    expect(targets.ok && targets.frame).toEqual({ id: 'f1', title: 'Workshop' });
    expect(targets.ok && targets.stickies).toHaveLength(WORKSHOP.length);
  });

  it('on a board with no frame, says there is no map rather than asking which', () => {
    expect(recolourTargets({ version: 1, items: [], metadata: {} }, { scope: 'frame', selectedIds: [] })).toEqual({
      ok: false,
      message: 'No journey map found: the board has no frame.',
      candidates: [],
    });
  });
});

describe('recolour applied to the in-memory board', () => {
  it('changes the board as planned, then a second run changes nothing', async () => {
    const snapshot = workshopSnapshot(WORKSHOP);
    const board = boardOf(snapshot);
    const first = planRecolourAll(frameTargets(snapshot), { scoreText });
    const result = await applyItemUpdates(board, first.updates);
    expect(result.applied).toHaveLength(7);
    expect(colours(board)).toEqual(Object.fromEntries(first.plan.entries.map((entry) => [entry.id, entry.to])));
    const second = planRecolourAll(frameTargets(board.toSnapshot()), { scoreText });
    expect(second.updates).toEqual([]);
  });

  it('undo restores the colours of before the last run', async () => {
    const snapshot = workshopSnapshot(WORKSHOP);
    const board = boardOf(snapshot);
    const before = colours(board);
    const result = await applyItemUpdates(board, planRecolourAll(frameTargets(snapshot), { scoreText }).updates);
    await applyItemUpdates(board, undoUpdates(result.applied));
    expect(colours(board)).toEqual(before);
  });

  it('is idempotent on any board of stickies (property)', async () => {
    const spec = fc.record({
      text: fc.constantFrom('Love it', 'Terrible, awful wait', 'Opens the app', 'Bit confusing', '🙂 fine', '(-2) lost data', ''),
      color: fc.constantFrom(...STICKY_COLORS.filter((color) => color !== 'black')),
      tags: fc.subarray(['emotion: negative', 'channel: web', 'emotion: very positive'], { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 12 }), fc.boolean(), async (specs: StickySpec[], recompute) => {
        const snapshot = workshopSnapshot(specs);
        const board = boardOf(snapshot);
        await applyItemUpdates(board, planRecolourAll(frameTargets(snapshot), { scoreText, recomputeFromText: recompute }).updates);
        const again = planRecolourAll(frameTargets(board.toSnapshot()), { scoreText, recomputeFromText: recompute });
        expect(again.updates).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
