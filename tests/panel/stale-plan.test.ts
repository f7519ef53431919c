// A plan applies only to the board it was computed from: a sticky changed
// between Preview and Apply (or between a run and its Undo) is left as it is
// and reported, never overwritten blindly.
import { describe, expect, it } from 'vitest';
import { applyUpdates, previewRecolour, undoLast } from '../../src/panel/emotions/actions.ts';
import { boardOf, colours, workshopSnapshot } from '../emotion/boards.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';

const report = () => undefined;

async function edit(board: MemoryBoard, id: string, fields: Record<string, unknown>): Promise<void> {
  const [item] = await board.get({ id });
  Object.assign(item as object, fields);
  await (item as { sync(): Promise<unknown> }).sync();
}

describe('stale plans', () => {
  const stickies = [{ text: 'Love it, amazing' }, { text: 'Charged twice, furious' }];

  it('Preview, then Mark a sticky 😡, then Apply: the marked sticky keeps its new colour', async () => {
    const board = boardOf(workshopSnapshot(stickies));
    const preview = await previewRecolour(board, { scope: 'frame', lanes: 'all', recompute: false });
    expect(preview.recolour.updates.map((update) => update.id)).toEqual(['s1', 's2']);
    await edit(board, 's1', { content: '<p>😡 Love it, amazing</p>', style: { fillColor: 'red', textAlign: 'center', textAlignVertical: 'middle' } });
    const result = await applyUpdates(board, preview.recolour.updates, { report, done: 'Recoloured' });
    expect(colours(board)).toEqual({ s1: 'red', s2: 'red' });
    expect(result.message).toBe('Recoloured: 1 item changed. 1 sticky was changed on the board since the plan was made and kept as edited.');
  });

  it('Undo skips a sticky edited since the run', async () => {
    const board = boardOf(workshopSnapshot(stickies));
    const preview = await previewRecolour(board, { scope: 'frame', lanes: 'all', recompute: false });
    const run = await applyUpdates(board, preview.recolour.updates, { report, done: 'Recoloured' });
    await edit(board, 's2', { style: { fillColor: 'violet', textAlign: 'center', textAlignVertical: 'middle' } });
    const undo = await undoLast(board, run.applied, report);
    expect(colours(board)).toEqual({ s1: 'light_yellow', s2: 'violet' });
    expect(undo.message).toBe('Undone: 1 item changed. 1 sticky was changed on the board since the plan was made and kept as edited.');
  });
});
