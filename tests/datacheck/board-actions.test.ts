// "Accept as evidence" and "rate as X" on the board: the log-backed touchpoints
// get `evidence: analytics` (and the missing-evidence rule then accepts them),
// a failure puts the board back, and the unrated touchpoint gets its colour.
import { describe, expect, it } from 'vitest';
import { evidenceIds, EVIDENCE_TAG, rateUpdates } from '../../src/analysis/datacheck/board-actions.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { addTagToItems } from '../../src/board/tag-items.ts';
import { coffeeDataCheck } from './coffee-log.ts';

const setUp = coffeeDataCheck;

const evidenceFindings = (board: MemoryBoard) => {
  const check = gapCheck(board.toSnapshot(), { today: '2026-11-29' });
  return check.ok ? check.findings.filter((finding) => finding.rule === 'missing-evidence').flatMap((finding) => finding.itemIds) : [];
};

describe('accept as evidence', () => {
  it('tags the touchpoints seen in ≥ 5% of journeys with n ≥ 30, which missing-evidence then accepts', async () => {
    const { board, result } = setUp();
    const ids = evidenceIds(result);
    expect(ids).toEqual(['cs-1', 'cs-2', 'cs-5']);
    expect(evidenceFindings(board)).toEqual(expect.arrayContaining(ids));
    expect(await addTagToItems(board, { title: EVIDENCE_TAG, itemIds: ids })).toEqual(ids);
    expect(evidenceFindings(board).filter((id) => ids.includes(id))).toEqual([]);
    expect(await addTagToItems(board, { title: EVIDENCE_TAG, itemIds: ids })).toEqual([]);
  });

  it('puts the board back when a sync fails', async () => {
    const { board, result } = setUp();
    // What the tag run may change: which items exist and which tags each carries (a sync fills in default styles).
    const tagState = () => board.toSnapshot().items.map((item) => [item.id, (item as { tagIds?: string[] }).tagIds]);
    const before = tagState();
    board.failOn = (call) => call.method === 'sync' && call.itemId === 'cs-5';
    await expect(addTagToItems(board, { title: EVIDENCE_TAG, itemIds: evidenceIds(result) }, { concurrency: 1 })).rejects.toThrow(/^Could not add the tag "evidence: analytics": .*The board was put back as it was\.$/);
    board.failOn = undefined;
    expect(tagState()).toEqual(before);
  });
});

describe('rate as X', () => {
  it('colours an unrated touchpoint with its observed level in the map palette', async () => {
    const { board, map, result } = setUp();
    const unrated = { ...result, rateAs: [{ id: 'cs-2', valence: -2 }] };
    const updates = rateUpdates(unrated, map);
    const readColour = map.touchpoints.find((point) => point.id === 'cs-2')?.fillColor;
    expect(readColour).toEqual(expect.any(String));
    expect(updates).toEqual([{ id: 'cs-2', after: { fillColor: 'red' }, expect: { fillColor: readColour } }]);
    await applyItemUpdates(board, updates);
    expect(board.toSnapshot().items.find((item) => item.id === 'cs-2')).toMatchObject({ style: { fillColor: 'red' } });
  });

  it('leaves a sticky someone recoloured after the check as it is, and says it skipped it', async () => {
    const { board, map, result } = setUp();
    const unrated = { ...result, rateAs: [{ id: 'cs-2', valence: -2 }] };
    board.externalUpdate('cs-2', { style: { fillColor: 'light_green' } });
    const outcome = await applyItemUpdates(board, rateUpdates(unrated, map));
    expect(outcome.applied).toEqual([]);
    expect(outcome.skipped).toEqual([{ id: 'cs-2', reason: 'changed' }]);
    expect(board.toSnapshot().items.find((item) => item.id === 'cs-2')).toMatchObject({ style: { fillColor: 'light_green' } });
  });
});
