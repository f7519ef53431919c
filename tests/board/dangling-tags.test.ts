// A recolour sets colours and text; tags it does not touch must not make it
// fail, however broken they are on the board (a tag id naming nothing, naming
// a sticky, or more tags than Miro allows on one item).
import { describe, expect, it } from 'vitest';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { main } from '../../src/cli/main.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { fakeIO } from '../cli/fake-io.ts';

const nineTags = Array.from({ length: 9 }, (_, index) => ({ id: `t${index}`, type: 'tag', title: `channel: c${index}` }));

function board(): BoardSnapshot {
  const sticky = (id: string, tagIds: string[]) => ({ id, type: 'sticky_note', parentId: 'f1', x: 150, y: 150, width: 199, height: 228, content: '<p>😡 Charged twice</p>', style: { fillColor: 'light_yellow' }, tagIds });
  return {
    version: 1,
    items: [{ id: 'f1', type: 'frame', title: 'W', x: 0, y: 0, width: 4000, height: 2000 }, sticky('nothing', ['no-such-tag']), sticky('sticky', ['nothing']), sticky('nine', nineTags.map((tag) => tag.id)), ...nineTags],
    metadata: {},
  } as BoardSnapshot;
}

describe('dangling tag ids', () => {
  it('do not block a colour change on the in-memory board', async () => {
    const memory = MemoryBoard.fromSnapshot(board());
    const result = await applyItemUpdates(memory, ['nothing', 'sticky', 'nine'].map((id) => ({ id, after: { fillColor: 'red' } })));
    expect(result.applied.map((update) => update.id).sort()).toEqual(['nine', 'nothing', 'sticky']);
    const tags = Object.fromEntries(memory.toSnapshot().items.map((item) => [item.id, (item as { tagIds?: unknown }).tagIds]));
    expect(tags).toMatchObject({ nothing: ['no-such-tag'], sticky: ['nothing'], nine: nineTags.map((tag) => tag.id) });
  });

  it('do not block journey-map recolor', async () => {
    const run = fakeIO({ 'in.json': JSON.stringify(board()) });
    expect(await main(['recolor', 'in.json'], run.io)).toBe(0);
    expect(run.err()).toBe('Recoloured 3 stickies: 3 red\nNo journey lanes found: every sticky is covered.\n');
  });

  it('a tag change is still checked', async () => {
    const memory = MemoryBoard.fromSnapshot(board());
    const [item] = await memory.get({ id: 'nothing' });
    Object.assign(item as object, { tagIds: ['t1', 'still-nothing'] });
    await expect((item as { sync(): Promise<unknown> }).sync()).rejects.toThrow('Tag not found: still-nothing');
  });
});
