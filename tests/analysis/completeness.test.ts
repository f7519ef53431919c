// Map completeness (the score) against insights (never scored), on the maps the
// app inserts: the blank template scores low and says why, a finished map of a
// painful journey scores 100 and lists its insights, and no fix-it silences a finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapCheck, type GapReport } from '../../src/analysis/gap-check.ts';
import { checkJourney, fixesFor, RULES } from '../../src/analysis/registry.ts';
import { completeness } from '../../src/analysis/score.ts';
import type { CheckContext, Finding } from '../../src/analysis/types.ts';
import { addStickyToCell } from '../../src/board/fixes.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import type { Journey } from '../../src/model/journey.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { fixOffer } from '../../src/panel/gaps/fix-plan.ts';
import { boardWith } from '../readback/support.ts';
import { journeyArbitrary } from '../support/journeys.ts';

const TODAY = '2026-11-22';

function preset(id: string): Journey {
  const journey = presetJourney(id);
  if (journey === undefined) throw new Error(`no preset ${id}`);
  return journey;
}

function check(board: MemoryBoard): GapReport {
  const result = gapCheck(board.toSnapshot(), { today: TODAY });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const rulesOf = (findings: readonly Finding[], group: Finding['group']) => [...new Set(findings.filter((finding) => finding.group === group).map((finding) => finding.rule))];

describe('the blank template', () => {
  it('scores under 30 and says why: no touchpoints, a placeholder persona and objectives', async () => {
    const report = check((await boardWith(preset('blank'))).board);
    expect(report.score).toBeLessThan(30);
    expect(report.losses.map((loss) => loss.rule)).toEqual(expect.arrayContaining(['stage-without-touchpoints', 'persona-incomplete', 'objectives-count', 'placeholder-left']));
    expect(report.findings.find((finding) => finding.rule === 'persona-incomplete')?.message).toBe('The persona lacks a name, goals and frustrations');
  });
});

describe('a finished map of a painful journey', () => {
  it.each(['b2b-saas', 'e-commerce', 'service-blueprint'])('%s scores 100 and lists what it says about the customer', async (id) => {
    const report = check((await boardWith(preset(id))).board);
    expect(rulesOf(report.findings, 'completeness')).toEqual([]);
    expect(report.score).toBe(100);
    expect(rulesOf(report.findings, 'insight')).toEqual(expect.arrayContaining(['emotional-drop', 'lowest-point']));
  });
});

describe('the score', () => {
  it('stays within 0–100 and never depends on insights', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const context: CheckContext = { today: TODAY };
        const findings = checkJourney(journey, context);
        const { score } = completeness(journey, { findings, context });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        const gapsOnly = findings.filter((finding) => finding.group === 'completeness');
        expect(completeness(journey, { findings: gapsOnly, context }).score).toBe(score);
      }),
      { numRuns: 150 },
    );
  });

  it('takes off the failing share of a rule: 1 stage of 4 without touchpoints costs a quarter of its 20 points', () => {
    const journey = preset('b2b-saas');
    const stage = journey.stages[1];
    if (stage === undefined) throw new Error('no stage');
    const lanes = new Set(journey.lanes.filter((lane) => lane.kind === 'touchpoints').map((lane) => lane.id));
    const emptied: Journey = { ...journey, notes: journey.notes.filter((note) => note.stageId !== stage.id || !lanes.has(note.laneId)) };
    const context = { today: TODAY };
    const result = completeness(emptied, { findings: checkJourney(emptied, context), context });
    expect(result.losses.find((loss) => loss.rule === 'stage-without-touchpoints')).toEqual({ rule: 'stage-without-touchpoints', title: 'Stage without touchpoints', lost: 4, failed: 1, of: 5 });
  });
});

describe('fix-its', () => {
  it('no fix-it silences its finding: the empty sticky it adds is itself a gap (model level, any journey)', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const context: CheckContext = { today: TODAY };
        for (const finding of checkJourney(journey, context)) {
          for (const fix of fixesFor(finding, { journey, context })) {
          if (fix.kind !== 'add-sticky') continue;
          const note = { id: 'added', stageId: fix.stageId, laneId: fix.laneId, text: '', valence: null, channel: null, owner: null, evidence: null, momentOfTruth: false };
          const after = checkJourney({ ...journey, notes: [...journey.notes, note] }, context);
          expect(after.some((entry) => entry.rule === finding.rule && entry.stageId === finding.stageId)).toBe(true);
          expect(after.some((entry) => entry.rule === 'placeholder-left' && entry.itemIds.includes('added'))).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('on the board too: each fix adds an empty sticky, every finding stays, and the new sticky is reported to fill in', async () => {
    const journey = preset('blank');
    const { board } = await boardWith(journey);
    const before = check(board);
    const fixable = before.findings.filter((finding) => fixOffer(finding, { report: before, snapshot: board.toSnapshot() }) !== null);
    expect(fixable.map((finding) => finding.rule)).toEqual(Array(5).fill('stage-without-touchpoints'));
    const offer = fixOffer(fixable[0] as Finding, { report: before, snapshot: board.toSnapshot() });
    if (offer === null || !('fix' in offer)) throw new Error('no sticky to add');
    expect(offer.label).toBe('Add an empty touchpoint');
    const added = await addStickyToCell(board, offer.fix);
    const after = check(board);
    expect(after.findings.filter((finding) => finding.rule === 'stage-without-touchpoints')).toHaveLength(5);
    expect(after.findings.find((finding) => finding.itemIds.includes(added))?.message).toBe('An empty sticky in "Awareness" / "Touchpoints": fill it in');
    expect(after.score).toBeLessThanOrEqual(before.score);
  });

  it('only completeness rules offer fix-its, and each says what it adds', () => {
    const labels = RULES.flatMap((rule) => {
      const finding = { rule: rule.id, group: rule.group, severity: rule.severity, message: '', stageId: 's', laneId: 'l', itemIds: ['n1'] };
      const context = { valenceConflicts: [{ noteId: 'n1', marker: 1 as const, colour: -2 as const, color: 'red' }] };
      return (rule.fixes?.(finding, { journey: preset('blank'), context }) ?? []).map((fix) => `${rule.id}: ${fix.label}`);
    });
    expect(labels).toEqual([
      'stage-without-touchpoints: Add an empty touchpoint',
      'negative-without-opportunity: Add an empty opportunity',
      'pain-point-without-opportunity: Add an empty opportunity',
      'valence-conflict: Marker to match colour',
      'valence-conflict: Colour to match marker',
      'blueprint-unsupported-step: Add an empty backstage step',
    ]);
  });
});
