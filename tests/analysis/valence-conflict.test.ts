// Marker against colour: readback takes the colour, the gap check reports the
// conflict, each of its two fix-its settles it, and the recolour leaves such
// a sticky alone unless asked to recompute.
import { describe, expect, it } from 'vitest';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { valenceConflict, valenceConflictFixes } from '../../src/analysis/rules/valence-conflict.ts';
import { planRecolourAll } from '../../src/emotion/recolour-all.ts';
import { loadTextScorer } from '../../src/emotion/sentiment.ts';
import { recolourTargets } from '../../src/emotion/targets.ts';
import { fixOffers } from '../../src/panel/gaps/fix-plan.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardWith } from '../readback/support.ts';

const today = '2026-11-22';

async function recolouredBoard() {
  const { board, itemIds } = await boardWith(sampleJourney());
  const sticky = itemIds['note:n1'] ?? ''; // 🙂 +1 "Sees a friend's post"
  board.externalUpdate(sticky, { style: { fillColor: 'red' } });
  return { board, sticky };
}

function conflicts(report: ReturnType<typeof gapCheck>) {
  if (!report.ok) throw new Error(report.message);
  return report.findings.filter((finding) => finding.rule === 'valence-conflict');
}

describe('valence-conflict', () => {
  it('reads the colour and reports the marker it contradicts', async () => {
    const { board, sticky } = await recolouredBoard();
    const report = gapCheck(board.toSnapshot(), { today });
    expect(report.ok && report.journey.notes.find((note) => note.id === sticky)?.valence).toBe(-2);
    expect(conflicts(report).map((finding) => [finding.severity, finding.message, finding.itemIds])).toEqual([['warning', '"Sees a friend\'s post": marker says 🙂 +1, colour says red −2', [sticky]]]);
  });

  it.each([
    ['Marker to match colour', -2],
    ['Colour to match marker', 1],
  ])('"%s" settles it (the note then reads %i)', async (label, valence) => {
    const { board, sticky } = await recolouredBoard();
    const report = gapCheck(board.toSnapshot(), { today });
    if (!report.ok) throw new Error(report.message);
    const finding = conflicts(report)[0];
    if (finding === undefined) throw new Error('no conflict found');
    // Carried out as the panel does: the rule's fix-it data, made a board update without looking at the rule id.
    const offer = fixOffers(finding, { report, snapshot: board.toSnapshot() }).find((entry) => entry.label === label);
    if (offer === undefined || !('update' in offer)) throw new Error(`no update "${label}"`);
    await applyItemUpdates(board, [offer.update]);
    const after = gapCheck(board.toSnapshot(), { today });
    expect(conflicts(after)).toEqual([]);
    expect(after.ok && after.journey.notes.find((note) => note.id === sticky)).toMatchObject({ text: "Sees a friend's post", valence });
  });

  it('offers its two fix-its as data: the marker to the colour\'s level, or the colour to the marker\'s', () => {
    const conflict = { noteId: 'n1', marker: 1 as const, colour: -2 as const, color: 'red' };
    expect(valenceConflictFixes(conflict, 'classic')).toEqual([
      { kind: 'update-sticky', label: 'Marker to match colour', itemId: 'n1', marker: -2 },
      { kind: 'update-sticky', label: 'Colour to match marker', itemId: 'n1', fillColor: 'light_green' },
    ]);
  });

  it('offers no fix-it for a finding whose conflict is not in the context, and the panel none for a sticky not on the board', async () => {
    const finding = { rule: 'valence-conflict', group: 'completeness' as const, severity: 'warning' as const, message: '', itemIds: ['n1'] };
    expect(valenceConflict.fixes?.(finding, { journey: sampleJourney(), context: {} })).toEqual([]);
    expect(valenceConflict.fixes?.(finding, { journey: sampleJourney(), context: { valenceConflicts: [{ noteId: 'other', marker: 1, colour: -2, color: 'red' }] } })).toEqual([]);
    const { board } = await recolouredBoard();
    const report = gapCheck(board.toSnapshot(), { today });
    if (!report.ok) throw new Error(report.message);
    const gone = { ...report, placement: { ...report.placement, valenceConflicts: [{ noteId: 'missing', marker: 1 as const, colour: -2 as const, color: 'red' }] } };
    expect(fixOffers({ ...finding, itemIds: ['missing'] }, { report: gone, snapshot: board.toSnapshot() })).toEqual([]);
  });

  it('the recolour leaves a conflicted sticky alone unless asked to recompute', async () => {
    const { board, sticky } = await recolouredBoard();
    const targets = recolourTargets(board.toSnapshot(), { scope: 'frame', selectedIds: [] });
    if (!targets.ok) throw new Error(targets.message);
    const scoreText = await loadTextScorer();
    expect(planRecolourAll(targets, { scoreText }).plan.entries.map((entry) => entry.id)).not.toContain(sticky);
    const recomputed = planRecolourAll(targets, { scoreText, recomputeFromText: true });
    expect(recomputed.updates.find((update) => update.id === sticky)?.after.fillColor).toBe('light_green');
  });
});
