// Reading, updating and removing items on the in-memory board; viewport,
// notifications and UI events (docs/miro-board.md "Items", "Events", "Viewport").
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BoardPort, StickyNoteItem } from '../../src/board/port.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';

async function boardWithItems() {
  const board = new MemoryBoard();
  const email = await board.createTag({ title: 'channel: email' });
  const sales = await board.createTag({ title: 'owner: sales' });
  const a = await board.createStickyNote({ content: 'a', tagIds: [email.id] });
  const b = await board.createStickyNote({ content: 'b', tagIds: [email.id, sales.id] });
  const shape = await board.createShape({ content: 'stage' });
  return { board, email, sales, a, b, shape };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('MemoryBoard is a BoardPort', () => {
  it('is assignable to BoardPort (type level; `implements` enforces it too)', () => {
    expectTypeOf<MemoryBoard>().toExtend<BoardPort>();
    const port: BoardPort = new MemoryBoard();
    expect(port).toBeInstanceOf(MemoryBoard);
  });
});

describe('get, getById', () => {
  it('gets everything, by id, by type; refuses to filter by tags (ids or titles is unverified)', async () => {
    const { board, email, sales, a, b, shape } = await boardWithItems();
    expect(ids(await board.get())).toEqual([email.id, sales.id, a.id, b.id, shape.id]);
    expect(ids(await board.get({ id: b.id }))).toEqual([b.id]);
    expect(ids(await board.get({ id: [shape.id, a.id, 'missing'] }))).toEqual([a.id, shape.id]);
    expect(ids(await board.get({ type: 'sticky_note' }))).toEqual([a.id, b.id]);
    expect(ids(await board.get({ type: ['tag', 'shape'] }))).toEqual([email.id, sales.id, shape.id]);
    await expect(board.get({ type: 'sticky_note', tags: sales.id })).rejects.toThrow('get({ tags }) is refused by this in-memory board');
    await expect(board.get({ tags: ['owner: sales'] })).rejects.toThrow('read tagIds instead.');
    expect(ids(await board.get({ type: 'shape' }))).not.toContain(email.id);
  });

  it('getById returns a copy of the item and fails on an unknown id', async () => {
    const { board, a } = await boardWithItems();
    expect(await board.getById(a.id)).toMatchObject({ id: a.id, type: 'sticky_note', content: 'a' });
    await expect(board.getById('missing')).rejects.toThrow('Can not retrieve item with id missing');
  });

  it('hands back items of other types as data', async () => {
    const board = MemoryBoard.fromSnapshot({ version: 1, items: [{ id: 'img', type: 'image', x: 1, y: 2, url: 'u' }], metadata: {} });
    expect(await board.getById('img')).toMatchObject({ id: 'img', type: 'image', x: 1, y: 2, url: 'u' });
  });
});

describe('handles are copies: nothing changes until sync', () => {
  it('keeps the board unchanged until sync, then stores the change', async () => {
    const { board, a } = await boardWithItems();
    const handle = (await board.getById(a.id)) as StickyNoteItem;
    handle.content = 'changed';
    handle.style.fillColor = 'red';
    expect(board.item(a.id)).toMatchObject({ content: 'a', style: { fillColor: 'light_yellow' } });
    expect(await board.getById(a.id)).toMatchObject({ content: 'a' });
    await handle.sync();
    expect(board.item(a.id)).toMatchObject({ content: 'changed', style: { fillColor: 'red' } });
    expect(a.content).toBe('a');
  });

  it('keeps the board unchanged when a handle is changed after its sync', async () => {
    const { board, email, a } = await boardWithItems();
    a.style.fillColor = 'red';
    await a.sync();
    a.style.fillColor = 'blue';
    a.tagIds.pop();
    expect(board.item(a.id)).toMatchObject({ style: { fillColor: 'red' }, tagIds: [email.id] });
  });

  it('fails to sync an item that was removed', async () => {
    const { board, a } = await boardWithItems();
    board.externalRemove(a.id);
    a.content = 'too late';
    await expect(a.sync()).rejects.toThrow(`Cannot find the item with ID: ${a.id}.`);
    await expect(a.setMetadata('k', 1)).rejects.toThrow(`Cannot find the item with ID: ${a.id}.`);
  });

  it('ignores changes to parentId and type (read-only in the SDK)', async () => {
    const { board, a } = await boardWithItems();
    Object.assign(a, { parentId: 'elsewhere' });
    await a.sync();
    expect(board.item(a.id)).toMatchObject({ parentId: null, type: 'sticky_note' });
  });
});

describe('selection and remove', () => {
  it('getSelection returns what select() picked, fires selection:update, and forgets removed items', async () => {
    const { board, a, b } = await boardWithItems();
    const seen: string[][] = [];
    await board.ui.on('selection:update', (event) => {
      seen.push(ids(event.items));
    });
    board.select([a.id, 'missing', b.id]);
    expect(ids(await board.getSelection())).toEqual([a.id, b.id]);
    await board.remove(a);
    expect(ids(await board.getSelection())).toEqual([b.id]);
    expect(board.selectedIds()).toEqual([b.id]);
    expect(seen).toEqual([[a.id, b.id]]);
  });

  it('select(filter) is an SDK call: logged, replaces the selection, fires selection:update', async () => {
    const { board, a, b, shape } = await boardWithItems();
    const seen: string[][] = [];
    await board.ui.on('selection:update', (event) => void seen.push(ids(event.items)));
    board.select([shape.id]);
    expect(ids(await board.select({ type: 'sticky_note' }))).toEqual([a.id, b.id]);
    expect(board.selectedIds()).toEqual([a.id, b.id]);
    expect(seen).toEqual([[shape.id], [a.id, b.id]]);
    expect(board.calls.at(-1)).toMatchObject({ method: 'select' });
  });

  it('remove fails on an item that is not there', async () => {
    const { board, a } = await boardWithItems();
    await board.remove(a);
    await expect(board.remove(a)).rejects.toThrow(`Cannot remove the sticky_note item (id=${a.id}).`);
  });
});

describe('viewport and notifications', () => {
  it('zoomTo frames the items with a margin; get reports the viewport', async () => {
    const board = new MemoryBoard();
    const before = await board.viewport.get();
    expect(before).toEqual({ x: -960, y: -540, width: 1920, height: 1080 });
    const shape = await board.createShape({ x: 1000, y: 1000, width: 400, height: 200 });
    await board.viewport.zoomTo(shape);
    const after = await board.viewport.get();
    // Bounds 800…1200 × 900…1100; margin 400 × 0.1 + 50 = 90.
    expect(after).toEqual({ x: 710, y: 810, width: 580, height: 380 });
    await expect(board.viewport.zoomTo([{ id: 'missing', type: 'shape' }])).rejects.toThrow('Cannot find the item with ID: missing.');
  });

  it('records info and error notifications in order', async () => {
    const board = new MemoryBoard();
    await board.notifications.showInfo('Inserted 12 items');
    await board.notifications.showError('Could not read the board');
    expect(board.notificationLog).toEqual([
      { kind: 'info', message: 'Inserted 12 items' },
      { kind: 'error', message: 'Could not read the board' },
    ]);
  });
});

describe('ui events', () => {
  it('fires items:create, experimental:items:update and items:delete, and off stops them', async () => {
    const board = new MemoryBoard();
    const log: string[] = [];
    const onCreate = (event: { items: { id: string }[] }) => void log.push(`create ${ids(event.items).join()}`);
    const onUpdate = (event: { items: { id: string }[] }) => void log.push(`update ${ids(event.items).join()}`);
    const onDelete = (event: { items: { id: string }[] }) => void log.push(`delete ${ids(event.items).join()}`);
    await board.ui.on('items:create', onCreate);
    await board.ui.on('experimental:items:update', onUpdate);
    await board.ui.on('items:delete', onDelete);
    const sticky = await board.createStickyNote({});
    sticky.content = 'x';
    await sticky.sync();
    board.externalUpdate(sticky.id, { x: 40 });
    await board.remove(sticky);
    expect(log).toEqual([`create ${sticky.id}`, `update ${sticky.id}`, `update ${sticky.id}`, `delete ${sticky.id}`]);

    await board.ui.off('items:create', onCreate);
    await board.ui.off('experimental:items:update', onUpdate);
    await board.ui.off('items:delete', onDelete);
    const other = await board.createStickyNote({});
    await other.sync();
    await board.remove(other);
    expect(log).toHaveLength(4);
  });

  it('items:delete lists the connectors that went with an item', async () => {
    const board = new MemoryBoard();
    const a = await board.createShape({});
    const b = await board.createShape({});
    const connector = await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    const deleted: string[][] = [];
    await board.ui.on('items:delete', (event) => void deleted.push(ids(event.items)));
    board.externalRemove(a.id);
    expect(deleted).toEqual([[a.id, connector.id]]);
  });

  it('off stops selection:update; subscribe sees every change until unsubscribed', async () => {
    const board = new MemoryBoard();
    let selections = 0;
    const handler = () => void selections++;
    await board.ui.on('selection:update', handler);
    board.select([]);
    await board.ui.off('selection:update', handler);
    board.select([]);
    expect(selections).toBe(1);
    let changes = 0;
    const unsubscribe = board.subscribe(() => void changes++);
    await board.createShape({});
    board.setViewport({ x: 0, y: 0, width: 10, height: 10 });
    unsubscribe();
    await board.createShape({});
    expect(changes).toBe(2);
  });
});

describe('listener errors', () => {
  it('do not fail the SDK call that fired the event', async () => {
    const board = new MemoryBoard();
    const failing = () => {
      throw new Error('listener bug');
    };
    await board.ui.on('items:create', failing);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => void uncaught.push(error);
    process.prependListener('uncaughtException', onUncaught);
    try {
      await expect(board.createShape({})).resolves.toMatchObject({ type: 'shape' });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.removeListener('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([new Error('listener bug')]);
  });
});
