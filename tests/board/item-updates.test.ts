import { describe, expect, it } from 'vitest';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { applyItemUpdates, undoUpdates, UpdateFailedError, type ItemUpdate } from '../../src/board/item-updates.ts';
import { FakeClock } from '../support/clock.ts';
import { boardOf, colours, workshopSnapshot } from '../emotion/boards.ts';

const FOUR = [{ text: 'a' }, { text: 'b' }, { text: 'c', color: 'red' }, { text: 'd' }];
const UPDATES: ItemUpdate[] = [
  { id: 's1', after: { fillColor: 'red' } },
  { id: 's2', after: { fillColor: 'green', content: '<p>🙂 b</p>' } },
  { id: 's3', after: { fillColor: 'gray' } },
  { id: 's4', after: { fillColor: 'orange' } },
];

function contents(board: MemoryBoard): Record<string, unknown> {
  return Object.fromEntries(board.allItems().map((item) => [item.id, (item as { content?: unknown }).content]));
}

describe('applying item updates', () => {
  it('sets colour and content, recording what each item held before', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    const progress: number[] = [];
    const result = await applyItemUpdates(board, UPDATES, { onProgress: (done) => progress.push(done) });
    expect(colours(board)).toEqual({ s1: 'red', s2: 'green', s3: 'gray', s4: 'orange' });
    expect(board.item('s2')).toMatchObject({ content: '<p>🙂 b</p>' });
    expect(result.applied.find((update) => update.id === 's2')).toEqual({ id: 's2', before: { fillColor: 'light_yellow', content: '<p>b</p>' }, after: UPDATES[1]?.after });
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('makes one read and one sync per changed item, and skips items that already match', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    const result = await applyItemUpdates(board, [...UPDATES.slice(0, 2), { id: 's3', after: { fillColor: 'red' } }]);
    expect(result.skipped).toEqual([{ id: 's3', reason: 'unchanged' }]);
    expect(board.callCount('get')).toBe(1);
    expect(board.callCount('sync')).toBe(2);
  });

  it('undo puts back exactly what was there', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    const before = board.toSnapshot();
    const result = await applyItemUpdates(board, UPDATES);
    await applyItemUpdates(board, undoUpdates(result.applied));
    expect(board.toSnapshot()).toEqual(before);
  });

  it('skips and reports a sticky someone else deleted before the run', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    board.externalRemove('s2');
    const result = await applyItemUpdates(board, UPDATES);
    expect(result.skipped).toEqual([{ id: 's2', reason: 'deleted' }]);
    expect(result.applied.map((update) => update.id).sort()).toEqual(['s1', 's3', 's4']);
  });

  it('skips and reports a sticky someone else deletes while it runs', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    board.failOn = (call) => {
      if (call.method === 'sync' && call.itemId === 's3') board.externalRemove('s3');
      return false;
    };
    const result = await applyItemUpdates(board, UPDATES);
    expect(result.skipped).toEqual([{ id: 's3', reason: 'deleted' }]);
    expect(colours(board)).toEqual({ s1: 'red', s2: 'green', s4: 'orange' });
  });

  it('waits and retries when the rate limit is spent (fake clock)', async () => {
    const clock = new FakeClock();
    const board = boardOf(workshopSnapshot(FOUR), { clock, creditsPerMinute: 600 }); // the get (500) and two syncs (50 each) a minute
    const result = await clock.run(applyItemUpdates(board, UPDATES, { retry: { clock } }));
    expect(result.applied).toHaveLength(4);
    expect(colours(board)).toEqual({ s1: 'red', s2: 'green', s3: 'gray', s4: 'orange' });
    expect(clock.now()).toBeGreaterThanOrEqual(60_000);
  });

  it('waits for an item another user is typing in, and names it when it stays locked', async () => {
    const clock = new FakeClock();
    const briefly = boardOf(workshopSnapshot(FOUR));
    briefly.lockItem('s2', 2);
    await clock.run(applyItemUpdates(briefly, UPDATES, { retry: { clock } }));
    expect(colours(briefly)).toEqual({ s1: 'red', s2: 'green', s3: 'gray', s4: 'orange' });
    const held = boardOf(workshopSnapshot(FOUR));
    held.lockItem('s2', 10);
    await expect(clock.run(applyItemUpdates(held, UPDATES, { retry: { clock } }))).rejects.toThrow(
      /^Update failed on item s2: Cannot commit the update, because item s2 is locked by another client; restored the \d+ item\(s\) already changed\.$/,
    );
    expect(colours(held)).toEqual({ s1: 'light_yellow', s2: 'light_yellow', s3: 'red', s4: 'light_yellow' });
  });

  it('rolls back every change when call k fails, for every k of the run', async () => {
    const calls = (await (async () => {
      const board = boardOf(workshopSnapshot(FOUR));
      await applyItemUpdates(board, UPDATES);
      return board.calls.length;
    })());
    expect(calls).toBe(5);
    for (let k = 1; k <= calls; k++) {
      const board = boardOf(workshopSnapshot(FOUR), { failOn: k });
      const before = board.toSnapshot();
      const error: unknown = await applyItemUpdates(board, UPDATES, { concurrency: 2 }).catch((caught: unknown) => caught);
      expect(error, `call ${k}`).toBeInstanceOf(UpdateFailedError);
      expect(board.toSnapshot(), `call ${k}`).toEqual(before);
    }
  });

  it('says what failed and what it restored', async () => {
    const board = boardOf(workshopSnapshot(FOUR), { failOn: 3 });
    const error = await applyItemUpdates(board, UPDATES, { concurrency: 1 }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('Update failed on item s2: Injected failure on call #3 (sync); restored the 1 item(s) already changed.');
    const first = await applyItemUpdates(boardOf(workshopSnapshot(FOUR), { failOn: 1 }), UPDATES).catch((caught: unknown) => caught);
    expect((first as Error).message).toBe('Could not read the items to update: Injected failure on call #1 (get); nothing was changed.');
  });

  it('leaves content alone when only the colour changes', async () => {
    const board = boardOf(workshopSnapshot(FOUR));
    const before = contents(board);
    await applyItemUpdates(board, [UPDATES[0] as ItemUpdate]);
    expect(contents(board)).toEqual(before);
  });
});
