// The review rules of docs/compare-review.md: overdue escalates to an error past one
// cadence late, the map's owner, stale stages, a missing review date; and
// missing evidence is only info on a future map.
import { describe, expect, it } from 'vitest';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { RULES } from '../../src/analysis/registry.ts';
import type { CheckContext, Finding, RuleId } from '../../src/analysis/types.ts';
import { readHeaderLines, readReview, reviewLine } from '../../src/model/header-text.ts';
import type { Journey } from '../../src/model/journey.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { sampleJourney } from '../support/journeys.ts';

const CONTEXT: CheckContext = { today: '2026-11-22', headerItemIds: ['review-line'] };

function run(rule: RuleId, journey: Journey, context: CheckContext = CONTEXT): Finding[] {
  const found = RULES.find((entry) => entry.id === rule);
  if (found === undefined) throw new Error(`no rule ${rule}`);
  return found.check(journey, context);
}

const withReview = (review: Journey['review']): Journey => ({ ...sampleJourney(), review });

describe('review-overdue', () => {
  it('is a warning once due and an error when more than one cadence late', () => {
    const journey = sampleJourney(); // reviewed 2026-09-01, quarterly
    expect(run('review-overdue', journey, { ...CONTEXT, today: '2027-03-01' })).toEqual([
      { rule: 'review-overdue', group: 'completeness', severity: 'warning', message: 'Last reviewed 2026-09-01; reviewed quarterly, it was due by 2026-12-01', itemIds: ['review-line'] },
    ]);
    expect(run('review-overdue', journey, { ...CONTEXT, today: '2027-03-02' })).toEqual([
      { rule: 'review-overdue', group: 'completeness', severity: 'error', message: 'Last reviewed 2026-09-01; reviewed quarterly, it was due by 2026-12-01: more than one review missed', itemIds: ['review-line'] },
    ]);
  });
});

describe('map-owner-missing and review-date-missing', () => {
  it('asks for an owner until the review line names one', () => {
    expect(run('map-owner-missing', sampleJourney())).toEqual([{ rule: 'map-owner-missing', group: 'completeness', severity: 'warning', message: 'The map names no owner to keep it reviewed', itemIds: ['review-line'] }]);
    expect(run('map-owner-missing', withReview({ lastReviewed: null, cadence: null, owner: 'CX team' }))).toEqual([]);
  });

  it('gives a map with neither a review date nor a cadence an info', () => {
    expect(run('review-date-missing', withReview({ lastReviewed: null, cadence: null }))).toEqual([
      { rule: 'review-date-missing', group: 'completeness', severity: 'info', message: 'The map has no review date and no review cadence', itemIds: ['review-line'] },
    ]);
    expect(run('review-date-missing', withReview({ lastReviewed: null, cadence: 'annual' }))).toEqual([]);
  });

  it('writes and reads the owner on the review line', () => {
    const line = reviewLine('current-state', { lastReviewed: '2026-09-01', cadence: 'quarterly', owner: 'CX team' });
    expect(line).toBe('Map: Current state · Last reviewed: 2026-09-01 · Review: quarterly · Owner: CX team');
    expect(readReview(line)).toEqual({ lastReviewed: '2026-09-01', cadence: 'quarterly', owner: 'CX team' });
    expect(readReview('Last reviewed: 2026-09-01')).toEqual({ lastReviewed: '2026-09-01', cadence: null });
    expect(readHeaderLines([line]).persona.name).toBe('');
  });
});

describe('stage-stale', () => {
  it('flags a stage where nothing changed for two cadences, from the items’ modifiedAt', () => {
    const journey = sampleJourney(); // quarterly: stale after six months
    const modifiedAt = new Map([
      ['discover', '2026-01-10T09:00:00Z'],
      ['n1', '2026-05-21T09:00:00Z'],
      ['sign-up', '2026-05-23T09:00:00Z'],
    ]);
    expect(run('stage-stale', journey, { ...CONTEXT, modifiedAt })).toEqual([
      { rule: 'stage-stale', group: 'completeness', severity: 'info', message: 'Nothing in stage "Discover" has changed since 2026-05-21', stageId: 'discover', itemIds: ['discover'] },
    ]);
    expect(run('stage-stale', journey)).toEqual([]);
  });

  it('reads modifiedAt from the snapshot in the gap check', async () => {
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(sampleJourney()));
    const snapshot = board.toSnapshot();
    for (const item of snapshot.items) Object.assign(item, { modifiedAt: '2025-01-01T00:00:00.000Z', modifiedBy: 'u1' });
    const result = gapCheck(snapshot, { today: '2026-11-22' });
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.filter((finding) => finding.rule === 'stage-stale').map((finding) => finding.message)).toEqual([
      'Nothing in stage "Discover" has changed since 2025-01-01',
      'Nothing in stage "Sign up" has changed since 2025-01-01',
      'Nothing in stage "First box" has changed since 2025-01-01',
    ]);
  });
});

describe('missing-evidence on a future map', () => {
  it('is info: a future map is a hypothesis', () => {
    const future = { ...sampleJourney(), kind: 'future-state' as const };
    expect(run('missing-evidence', future).map((finding) => finding.severity)).toEqual(['info']);
    expect(run('missing-evidence', sampleJourney()).map((finding) => finding.severity)).toEqual(['warning']);
  });
});
