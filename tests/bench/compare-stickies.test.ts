// The L insert's verdict: planned stickies missing from the frame, and extra copies.
import { describe, expect, it } from 'vitest';
import { compareStickies } from '../../bench/insert.ts';
import { generateJourney } from '../../bench/journeys.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { isSticky } from '../../src/snapshot/snapshot.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';

async function written() {
  const plan = layoutJourney(generateJourney({ kind: 'current-state', stages: 3, lanes: 3, notes: 9 }));
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, plan);
  return { plan, frameId, items: board.toSnapshot().items };
}

describe('compareStickies', () => {
  it('finds every planned sticky once on a board the writer made', async () => {
    const { plan, frameId, items } = await written();
    const planned = plan.children.filter((child) => child.type === 'sticky_note').length;
    expect(compareStickies(plan, { items, frameId })).toEqual({ onBoard: planned, missing: 0, duplicates: 0 });
  });

  it('counts a sticky gone as missing and a second copy as a duplicate', async () => {
    const { plan, frameId, items } = await written();
    const stickies = items.filter(isSticky).filter((item) => item.parentId === frameId);
    const [gone, copied] = stickies;
    if (gone === undefined || copied === undefined) throw new Error('the map has fewer than two stickies');
    const changed = [...items.filter((item) => item.id !== gone.id), { ...copied, id: 'copy' }];
    expect(compareStickies(plan, { items: changed, frameId })).toEqual({ onBoard: stickies.length, missing: 1, duplicates: 1 });
  });
});
