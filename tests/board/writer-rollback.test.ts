import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { isFrameItem } from '../../src/board/port.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { sampleJourney } from '../support/journeys.ts';

/** A board someone already works on: a sticky, a frame with a child, and a tag the map reuses. */
async function busyBoard(): Promise<BoardSnapshot> {
  const board = new MemoryBoard();
  const tag = await board.createTag({ title: 'channel: web', color: 'blue' });
  await board.createStickyNote({ x: 0, y: 0, content: '<p>theirs</p>', tagIds: [tag.id] });
  const frame = await board.createFrame({ x: 5000, y: 0, width: 1000, height: 800, title: 'Their frame' });
  const child = await board.createShape({ x: 5000, y: 0, width: 100, height: 100 });
  await frame.add(child);
  return board.toSnapshot();
}

const smallMap = () => {
  const journey = sampleJourney();
  journey.notes = journey.notes.slice(0, 3);
  journey.lanes.splice(1, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  return layoutJourney(journey);
};

describe('writePlan rollback', () => {
  it('restores the board exactly when call k fails, for every k', async () => {
    const before = await busyBoard();
    const clean = MemoryBoard.fromSnapshot(before);
    await writePlan(clean, smallMap(), { concurrency: 4 });
    const total = clean.calls.length;
    expect(total).toBeGreaterThan(40);
    for (let k = 1; k <= total; k++) {
      const board = MemoryBoard.fromSnapshot(before, { failOn: k });
      await expect(writePlan(board, smallMap(), { concurrency: 4 }), `call ${k}`).rejects.toThrow(/^Could not insert the journey map: .* failed: Injected failure on call #\d+ \(.+\)\. The board was restored: /);
      expect(board.toSnapshot(), `call ${k}`).toEqual(before);
    }
  });

  it('says which step failed and what it removed', async () => {
    const board = new MemoryBoard({ failOn: (call) => call.method === 'createFrame' });
    const tags = new Set(smallMap().children.flatMap((child) => (child.type === 'sticky_note' ? child.tagTitles : []))).size;
    await expect(writePlan(board, smallMap())).rejects.toThrow(
      `Could not insert the journey map: creating the frame failed: Injected failure on call #${4 + tags} (createFrame). The board was restored: removed the ${tags} items this insert had created.`,
    );
    expect(board.allItems()).toEqual([]);
  });

  it('says nothing was created when reading the board fails', async () => {
    const board = new MemoryBoard({ failOn: 1 });
    await expect(writePlan(board, smallMap())).rejects.toThrow(
      'Could not insert the journey map: reading the board failed: Injected failure on call #1 (get). The board was restored: nothing had been created.',
    );
  });

  it('tolerates items another user removed meanwhile', async () => {
    let removed = false;
    const board: MemoryBoard = new MemoryBoard({
      failOn: (call) => {
        if (call.method === 'frame.add' && call.index > 40 && !removed && call.itemId !== undefined) {
          removed = true;
          board.externalRemove(call.itemId);
          return true;
        }
        return false;
      },
    });
    await expect(writePlan(board, smallMap(), { concurrency: 1 })).rejects.toThrow(/The board was restored/);
    expect(board.allItems()).toEqual([]);
  });

  it('stops and restores the board when cancelled', async () => {
    const controller = new AbortController();
    const board = new MemoryBoard();
    const writing = writePlan(board, smallMap(), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
      },
    });
    await expect(writing).rejects.toThrow(/^Insert cancelled: .* failed: cancelled\. The board was restored: removed the \d+ items this insert had created\.$/);
    expect(board.allItems()).toEqual([]);
  });
});

describe('writePlan rollback and what others put in the new frame', () => {
  // Found by the demo race property (tests/demo/races.property.test.ts): someone
  // drops a sticky into the map while it is being inserted, then the insert fails.
  it.each([true, false])('keeps a sticky someone added to the new frame meanwhile, at its place, out of the frame (remove(frame) takes children: %s)', async (removeFrameRemovesChildren) => {
    const board = new MemoryBoard({ unverified: { removeFrameRemovesChildren }, failOn: (call) => call.method === 'viewport.zoomTo' });
    let theirs: Promise<string> | undefined;
    const addTheirs = async (): Promise<string> => {
      const frame = board.allItems().find((item) => item.type === 'frame');
      const box = board.absoluteBox(frame?.id ?? '');
      const sticky = await board.createStickyNote({ x: (box?.x ?? 0) + 10, y: (box?.y ?? 0) + 20, content: '<p>theirs</p>' });
      const handle = await board.getById(frame?.id ?? '');
      if (!isFrameItem(handle)) throw new Error('no frame');
      await handle.add(sticky);
      return sticky.id;
    };
    const writing = writePlan(board, smallMap(), { concurrency: 1, onProgress: (done) => void (done === 2 && (theirs = addTheirs())) });
    await expect(writing).rejects.toThrow(/^Could not insert the journey map: zooming to the frame failed: .*\. The board was restored: removed the \d+ items this insert had created\.$/);
    const id = await (theirs as Promise<string>);
    expect(board.allItems().map((item) => item.id)).toEqual([id]);
    expect(board.item(id)).toMatchObject({ content: '<p>theirs</p>' });
    expect(board.item(id)?.parentId ?? null).toBeNull();
    expect(board.absoluteBox(id)).toMatchObject({ x: 10, y: 20 });
  });

  it('leaves the empty frame, and says so, when it cannot tell what else is in it', async () => {
    const board = new MemoryBoard({ failOn: (call) => call.method === 'viewport.zoomTo' || call.method === 'frame.getChildren' });
    await expect(writePlan(board, smallMap(), { concurrency: 4 })).rejects.toThrow(
      /^Could not insert the journey map: zooming to the frame failed: Injected failure on call #\d+ \(viewport\.zoomTo\)\. The board could not be fully restored: reading the children of frame \d+ failed: Injected failure on call #\d+ \(frame\.getChildren\); the frame was left so as not to remove what others put in it\.$/,
    );
    expect(board.allItems().map((item) => item.type)).toEqual(['frame']);
  });
});
