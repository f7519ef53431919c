// The demo's store follows everything that happens on its board, and the
// drawing follows the board's viewport when the app zooms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { BoardStore } from '../../src/demo/board-store.ts';
import { fitBoard } from '../../src/demo/useDemoBoard.ts';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';

function coffeeBoard(): MemoryBoard {
  const parsed = parseSnapshotText(readFileSync(new URL('../../src/demo/examples/board-handmade-coffee.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return MemoryBoard.fromSnapshot(parsed.snapshot);
}

describe('BoardStore', () => {
  it('hands out the same state until the board changes, then a fresh one', async () => {
    const store = new BoardStore(new MemoryBoard());
    let told = 0;
    store.subscribe(() => (told += 1));
    const first = store.getState();
    expect(store.getState()).toBe(first);
    expect(first.itemCount).toBe(0);
    const note = await store.board.createStickyNote({ content: '<p>New</p>' });
    expect(told).toBeGreaterThan(0);
    const second = store.getState();
    expect(second).not.toBe(first);
    expect(second.scene.map((item) => item.id)).toEqual([note.id]);
  });

  it('follows selection, notifications and the viewport set by the app', async () => {
    const board = coffeeBoard();
    const store = new BoardStore(board);
    board.select(['cs-1', 'cs-2']);
    expect([...store.getState().selected]).toEqual(['cs-1', 'cs-2']);
    await board.notifications.showError('Insert failed');
    expect(store.getState().notifications).toEqual([{ kind: 'error', message: 'Insert failed' }]);
    await board.viewport.zoomTo(await board.getById('cs-1'));
    expect(store.getState().viewport).toEqual(board.viewportNow());
  });

  it('keeps the drawing of unchanged items, so they are not drawn again', async () => {
    const board = coffeeBoard();
    const store = new BoardStore(board);
    const before = new Map(store.getState().scene.map((drawable) => [drawable.id, drawable]));
    board.externalUpdate('cs-1', { content: '<p>Sees a TikTok ad</p>' });
    const after = store.getState().scene;
    const changed = after.filter((drawable) => before.get(drawable.id) !== drawable).map((drawable) => drawable.id);
    expect(changed).toEqual(['cs-1']);
  });

  it('stops telling a listener that unsubscribed', () => {
    const store = new BoardStore(new MemoryBoard());
    let told = 0;
    const unsubscribe = store.subscribe(() => (told += 1));
    unsubscribe();
    store.board.select([]);
    expect(told).toBe(0);
  });
});

describe('BoardStore on a big board', () => {
  function bigBoard(): MemoryBoard {
    const items = Array.from({ length: SLICE_ITEMS + 1 }, (_, index) => ({ id: `s${index}`, type: 'sticky_note' as const, shape: 'square' as const, x: index * 10, y: 0, width: 100, height: 114, content: `<p>${index}</p>`, tagIds: [] }));
    return MemoryBoard.fromSnapshot({ version: 1, items, metadata: {} });
  }

  it('keeps the last drawing on screen while the new one is made in slices, then shows it and tells its listeners', async () => {
    const store = new BoardStore(bigBoard());
    await store.redraw();
    const before = store.getState().scene;
    expect(before).toHaveLength(SLICE_ITEMS + 1);
    let told = 0;
    store.subscribe(() => (told += 1));
    store.board.externalUpdate('s1', { content: '<p>Moved</p>', x: -500 });
    const meanwhile = store.getState();
    expect(meanwhile.scene).toBe(before);
    await store.redraw();
    const after = store.getState().scene;
    expect(after.find((drawable) => drawable.id === 's1')).toMatchObject({ lines: ['Moved'], box: { x: -500 } });
    // Unchanged items keep their drawing object.
    expect(after.filter((drawable, index) => drawable !== before[index]).map((drawable) => drawable.id)).toEqual(['s1']);
    expect(told).toBe(2);
  });

  it('draws the newest items when they change again while a drawing is being made', async () => {
    const store = new BoardStore(bigBoard());
    await store.redraw();
    store.board.externalUpdate('s1', { content: '<p>First</p>' });
    const drawing = store.redraw();
    store.board.externalUpdate('s2', { content: '<p>Second</p>' });
    await drawing;
    const scene = store.getState().scene;
    expect(scene.find((drawable) => drawable.id === 's1')).toMatchObject({ lines: ['First'] });
    expect(scene.find((drawable) => drawable.id === 's2')).toMatchObject({ lines: ['Second'] });
  });
});

describe('fitBoard', () => {
  it('shows every item of the board', () => {
    const board = coffeeBoard();
    fitBoard(new BoardStore(board));
    const view = board.viewportNow();
    // The frame: centre (1000, 500), 2000 × 1300.
    expect(view.x).toBeLessThan(0);
    expect(view.y).toBeLessThan(-150);
    expect(view.x + view.width).toBeGreaterThan(2000);
    expect(view.y + view.height).toBeGreaterThan(1150);
  });

  it('leaves an empty board where it was', () => {
    const board = new MemoryBoard();
    const before = board.viewportNow();
    fitBoard(new BoardStore(board));
    expect(board.viewportNow()).toEqual(before);
  });
});
