// The demo's edits go through the board interface (the same events as in
// Miro fire) and undo and redo exactly.
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { addSticky, deleteItems, moveItems, setColour, setText, type Edit, type EditContext } from '../../src/demo/edit/edits.ts';
import { EditHistory } from '../../src/demo/edit/history.ts';
import { IdMap } from '../../src/demo/edit/ids.ts';
import { addTag, removeTag } from '../../src/demo/edit/tags.ts';

async function setUp() {
  const board = new MemoryBoard();
  // Two frames side by side: A centred at (0, 0), B at (2000, 0), each 1000×1000.
  const a = await board.createFrame({ title: 'A', x: 0, y: 0, width: 1000, height: 1000 });
  const b = await board.createFrame({ title: 'B', x: 2000, y: 0, width: 1000, height: 1000 });
  const sticky = await board.createStickyNote({ content: '<p>Note</p>', x: -200, y: 0 });
  await a.add(sticky);
  const events: string[] = [];
  await board.ui.on('items:create', () => events.push('items:create'));
  await board.ui.on('items:delete', () => events.push('items:delete'));
  await board.ui.on('experimental:items:update', () => events.push('experimental:items:update'));
  const context: EditContext = { board, port: board, ids: new IdMap() };
  return { board, a, b, sticky, events, context };
}

function must(edit: Edit | undefined): Edit {
  if (edit === undefined) throw new Error('the edit changed nothing');
  return edit;
}

describe('moving', () => {
  it('moves a sticky into another frame through frame.remove and frame.add, and back on undo', async () => {
    const { board, a, b, sticky, events, context } = await setUp();
    const edit = must(await moveItems(context, [sticky.id], { x: 2400, y: 100 }));
    expect(board.item(sticky.id)?.parentId).toBe(b.id);
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 2200, y: 100 });
    expect(board.calls.map((call) => call.method)).toEqual(expect.arrayContaining(['frame.remove', 'sync', 'frame.add']));
    expect(events).toContain('experimental:items:update');
    await edit.undo();
    expect(board.item(sticky.id)?.parentId).toBe(a.id);
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: -200, y: 0 });
    await edit.redo();
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 2200, y: 100 });
  });

  it('takes a sticky out of every frame when it lands on the empty board', async () => {
    const { board, sticky, context } = await setUp();
    await moveItems(context, [sticky.id], { x: 0, y: 5000 });
    expect(board.item(sticky.id)).not.toHaveProperty('parentId');
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: -200, y: 5000 });
  });

  it('moves several items by the same offset and leaves frames where they are', async () => {
    const { board, a, sticky, context } = await setUp();
    const other = await board.createShape({ content: '<p>S</p>', x: 100, y: 100, width: 100, height: 60 });
    const edit = must(await moveItems(context, [sticky.id, other.id, a.id], { x: 50, y: -20 }));
    expect(edit.label).toBe('move 2 items');
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: -150, y: -20 });
    expect(board.absoluteBox(other.id)).toMatchObject({ x: 150, y: 80 });
    expect(board.absoluteBox(a.id)).toMatchObject({ x: 0, y: 0 });
  });
});

describe('text, colour and tags', () => {
  it('retypes as board HTML, escaped, and undoes to the old content', async () => {
    const { board, sticky, context } = await setUp();
    const edit = must(await setText(context, sticky.id, 'Fish & <chips>\nline two'));
    expect(board.item(sticky.id)).toMatchObject({ content: '<p>Fish &amp; &lt;chips&gt;</p><p>line two</p>' });
    await edit.undo();
    expect(board.item(sticky.id)).toMatchObject({ content: '<p>Note</p>' });
  });

  it('recolours and undoes; the same colour again is no edit', async () => {
    const { board, sticky, context } = await setUp();
    const edit = must(await setColour(context, [sticky.id], 'red'));
    expect(board.item(sticky.id)).toMatchObject({ style: { fillColor: 'red' } });
    expect(await setColour(context, [sticky.id], 'red')).toBeUndefined();
    await edit.undo();
    expect(board.item(sticky.id)).toMatchObject({ style: { fillColor: 'light_yellow' } });
  });

  it('adds a tag by title (reusing the board tag), removes it, and undoes', async () => {
    const { board, sticky, context } = await setUp();
    const existing = await board.createTag({ title: 'channel: email' });
    const added = must(await addTag(context, sticky.id, ' channel: email '));
    expect(board.item(sticky.id)).toMatchObject({ tagIds: [existing.id] });
    const removed = must(await removeTag(context, sticky.id, existing.id));
    expect(board.item(sticky.id)).toMatchObject({ tagIds: [] });
    await removed.undo();
    await added.undo();
    expect(board.item(sticky.id)).toMatchObject({ tagIds: [] });
    expect(await addTag(context, sticky.id, '   ')).toBeUndefined();
  });
});

describe('adding and deleting', () => {
  it('deletes through remove (items:delete) and undo makes it again in its frame, under a new id that later edits follow', async () => {
    const { board, a, sticky, events, context } = await setUp();
    const deleted = must(await deleteItems(context, [sticky.id, a.id]));
    expect(deleted.label).toBe('delete 1 item');
    expect(board.item(sticky.id)).toBeUndefined();
    expect(board.item(a.id)).toBeDefined();
    expect(events).toContain('items:delete');
    await deleted.undo();
    const restored = context.ids.resolve(sticky.id);
    expect(restored).not.toBe(sticky.id);
    expect(events).toContain('items:create');
    expect(board.item(restored)).toMatchObject({ parentId: a.id, content: '<p>Note</p>' });
    expect(board.absoluteBox(restored)).toMatchObject({ x: -200, y: 0 });
    await setColour(context, [sticky.id], 'green');
    expect(board.item(restored)).toMatchObject({ style: { fillColor: 'green' } });
  });

  it('adds an empty sticky in the frame under the point; undo removes it, redo brings it back', async () => {
    const { board, b, context } = await setUp();
    const { id, edit } = await addSticky(context, { x: 2100, y: 50 });
    expect(board.item(id)).toMatchObject({ parentId: b.id, content: '' });
    expect(board.absoluteBox(id)).toMatchObject({ x: 2100, y: 50 });
    await edit.undo();
    expect(board.item(id)).toBeUndefined();
    await edit.redo();
    expect(board.absoluteBox(context.ids.resolve(id))).toMatchObject({ x: 2100, y: 50 });
  });
});

describe('EditHistory', () => {
  it('undoes and redoes in order, one at a time, and reports each', async () => {
    const { board, sticky, context } = await setUp();
    const reports: string[] = [];
    const history = new EditHistory(({ text }) => reports.push(text));
    void history.run('recolour', () => setColour(context, [sticky.id], 'red'));
    void history.run('change the text', () => setText(context, sticky.id, 'New'));
    // Queued behind both edits: it undoes the text edit, not the colour.
    await history.undo();
    expect(board.item(sticky.id)).toMatchObject({ content: '<p>Note</p>', style: { fillColor: 'red' } });
    expect(history.getState()).toEqual({ canUndo: true, canRedo: true });
    await history.redo();
    expect(board.item(sticky.id)).toMatchObject({ content: '<p>New</p>' });
    expect(reports).toEqual(['Undid text edit.', 'Redid text edit.']);
  });

  it('reports a failed edit and keeps the history as it was', async () => {
    const reports: { kind: string; text: string }[] = [];
    const history = new EditHistory((outcome) => reports.push(outcome));
    await history.run('move', () => Promise.reject(new Error('Item not found: x')));
    expect(reports).toEqual([{ kind: 'error', text: 'Could not move: Item not found: x' }]);
    expect(history.getState()).toEqual({ canUndo: false, canRedo: false });
  });
});
