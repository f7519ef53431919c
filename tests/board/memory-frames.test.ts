// Frames on the in-memory board (docs/miro-board.md "Geometry"): `frame.add` keeps
// the child's place on the board and makes its x/y frame-relative (from the
// frame's top-left corner); childrenIds / getChildren / parentId; removal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrameItem, StickyNoteItem } from '../../src/board/port.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';

async function frameAt(board: MemoryBoard): Promise<FrameItem> {
  // Centre (1000, 500), 2000×1000: the top-left corner is (0, 0).
  return board.createFrame({ title: 'Map', x: 1000, y: 500, width: 2000, height: 1000 });
}

describe('frame.add', () => {
  it('makes the child frame-relative without moving it on the board', async () => {
    const board = new MemoryBoard();
    const frame = await board.createFrame({ x: 0, y: 0, width: 1000, height: 600 });
    const sticky = await board.createStickyNote({ x: -300, y: 100 });
    const added = await frame.add(sticky);
    expect(added).toMatchObject({ id: sticky.id, parentId: frame.id, x: 200, y: 400 });
    expect(board.absoluteBox(sticky.id)).toEqual({ x: -300, y: 100, width: 199, height: 228 });
    expect(await board.getById(sticky.id)).toMatchObject({ parentId: frame.id, x: 200, y: 400 });
  });

  it('keeps every child in place, wherever frame and child are (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ fx: fc.integer({ min: -5000, max: 5000 }), fy: fc.integer({ min: -5000, max: 5000 }), w: fc.integer({ min: 100, max: 4000 }), h: fc.integer({ min: 100, max: 4000 }) }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        async ({ fx, fy, w, h }, px, py) => {
          // Anywhere inside the frame (frame.add refuses an item outside it).
          const [x, y] = [fx + Math.trunc((px * w) / 100), fy + Math.trunc((py * h) / 100)];
          const board = new MemoryBoard();
          const frame = await board.createFrame({ x: fx, y: fy, width: w, height: h });
          const shape = await board.createShape({ x, y, width: 60, height: 40 });
          const added = await frame.add(shape);
          expect(board.absoluteBox(shape.id)).toEqual({ x, y, width: 60, height: 40 });
          expect(added).toMatchObject({ x: x - (fx - w / 2), y: y - (fy - h / 2) });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('leaves the handle passed in as it was (stricter reading): use the item add returns', async () => {
    const board = new MemoryBoard();
    const frame = await board.createFrame({ x: 0, y: 0, width: 1000, height: 600 });
    const sticky = await board.createStickyNote({ x: -300, y: 100 });
    const added = (await frame.add(sticky)) as StickyNoteItem;
    expect(sticky).toMatchObject({ x: -300, y: 100, parentId: null });
    added.content = 'moved nowhere';
    await added.sync();
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: -300, y: 100 });
  });

  it('children move with their frame; a synced child is placed relative to the frame', async () => {
    const board = new MemoryBoard();
    const frame = await frameAt(board);
    const sticky = (await frame.add(await board.createStickyNote({ x: 300, y: 200 }))) as StickyNoteItem;
    frame.x += 500;
    await frame.sync();
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 800, y: 200 });
    const handle = await board.getById(sticky.id);
    Object.assign(handle, { x: 10, y: 20 });
    await (handle as StickyNoteItem).sync();
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 510, y: 20 });
  });

  it('reports children through childrenIds, getChildren and parentId', async () => {
    const board = new MemoryBoard();
    const frame = await frameAt(board);
    const children = [await board.createStickyNote({ x: 100, y: 100 }), await board.createShape({ x: 400, y: 100 }), await board.createText({ x: 700, y: 100 })];
    for (const child of children) await frame.add(child);
    const outside = await board.createStickyNote({ x: 5000 });
    const fresh = (await board.getById(frame.id)) as FrameItem;
    expect(fresh.childrenIds).toEqual(children.map((child) => child.id));
    expect(frame.childrenIds).toEqual([]); // handles are copies
    const got = await fresh.getChildren();
    expect(got.map((child) => child.id).sort()).toEqual(children.map((child) => child.id).sort());
    expect((await board.getById(outside.id)) as { parentId: unknown }).toMatchObject({ parentId: null });
  });

  it('getChildren does not promise creation order when the board shuffles (the order is unverified in the SDK)', async () => {
    const board = new MemoryBoard({ unverified: { order: { shuffleSeed: 1 } } });
    const frame = await frameAt(board);
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) ids.push((await frame.add(await board.createStickyNote({ x: 100 + index * 300, y: 100 }))).id);
    expect((await frame.getChildren()).map((child) => child.id)).not.toEqual(ids);
  });

  it('derives childrenIds from parentId when a snapshot carries none', async () => {
    const board = MemoryBoard.fromSnapshot({
      version: 1,
      items: [
        { id: 'f', type: 'frame', title: '', x: 0, y: 0, width: 400, height: 400 },
        { id: 's', type: 'sticky_note', shape: 'square', parentId: 'f', x: 100, y: 100, width: 199, height: 228, content: '', tagIds: [] },
      ],
      metadata: {},
    });
    expect(await board.getById('f')).toMatchObject({ childrenIds: ['s'] });
    expect(board.absoluteBox('s')).toMatchObject({ x: -100, y: -100 });
  });

  it('moves a child from one frame to another, keeping its board place', async () => {
    const board = new MemoryBoard();
    const left = await board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    const right = await board.createFrame({ x: 400, y: 0, width: 1000, height: 1000 });
    const sticky = await left.add(await board.createStickyNote({ x: 100, y: 0 }));
    await right.add(sticky);
    expect(await board.getById(left.id)).toMatchObject({ childrenIds: [] });
    expect(await board.getById(right.id)).toMatchObject({ childrenIds: [sticky.id] });
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 100, y: 0 });
  });

  it('nests frames and places grandchildren correctly', async () => {
    const board = new MemoryBoard();
    const outer = await board.createFrame({ x: 0, y: 0, width: 2000, height: 2000 });
    const inner = await outer.add(await board.createFrame({ x: 200, y: 200, width: 400, height: 400 }));
    const sticky = await (inner as FrameItem).add(await board.createStickyNote({ x: 250, y: 150 }));
    expect(sticky).toMatchObject({ x: 250, y: 150 }); // inner's top-left is (0, 0)
    expect(board.absoluteBox(sticky.id)).toMatchObject({ x: 250, y: 150 });
  });

  it('refuses tags, a frame in itself, and a frame in a frame it holds', async () => {
    const board = new MemoryBoard();
    const outer = await board.createFrame({ width: 1000, height: 1000 });
    const inner = (await outer.add(await board.createFrame({ width: 200, height: 200 }))) as FrameItem;
    const tag = await board.createTag({ title: 't' });
    await expect(outer.add(tag)).rejects.toThrow('Items of type tag cannot be added to a frame');
    await expect(outer.add(outer)).rejects.toThrow(`Frame ${outer.id} cannot be added to ${outer.id}: it is that frame or holds it`);
    await expect(inner.add(outer)).rejects.toThrow(`Frame ${outer.id} cannot be added to ${inner.id}: it is that frame or holds it`);
  });
});

describe('removing items', () => {
  it('removes a child from its frame', async () => {
    const board = new MemoryBoard();
    const frame = await frameAt(board);
    const sticky = await frame.add(await board.createStickyNote({ x: 100, y: 100 }));
    await board.remove(sticky);
    expect(await board.getById(frame.id)).toMatchObject({ childrenIds: [] });
    expect(board.toSnapshot().items.find((item) => item.id === frame.id)).toMatchObject({ childrenIds: [] });
  });

  it('refuses to add an item whose centre lies outside the frame, and one that is gone, with the documented texts', async () => {
    const board = new MemoryBoard();
    const frame = await frameAt(board);
    const outside = await board.createStickyNote({ x: 2100, y: 100 });
    await expect(frame.add(outside)).rejects.toThrow(`Cannot set item ${outside.id} as a child, because the item isn't inside the parent frame.`);
    await board.remove(outside);
    await expect(frame.add(outside)).rejects.toThrow(`Cannot set item ${outside.id} as a child, because the item doesn't exist.`);
  });

  it('leaves the children of a removed frame at the top level, in place, when the board says remove(frame) spares them', async () => {
    const board = new MemoryBoard({ unverified: { removeFrameRemovesChildren: false } });
    const frame = await frameAt(board);
    const sticky = await frame.add(await board.createStickyNote({ x: 100, y: 100 }));
    await board.remove(frame);
    expect(board.allItems()).toMatchObject([{ id: sticky.id, parentId: null, x: 100, y: 100 }]);
  });

  it('removes a frame with its children and their metadata (when the board says it does)', async () => {
    const board = new MemoryBoard();
    const frame = await frameAt(board);
    const sticky = (await frame.add(await board.createStickyNote({ x: 100, y: 100 }))) as StickyNoteItem;
    await sticky.setMetadata('k', 1);
    await board.remove(frame);
    expect(board.allItems()).toEqual([]);
    expect(board.toSnapshot().metadata).toEqual({});
    await expect(board.remove(sticky)).rejects.toThrow(`Cannot remove the sticky_note item (id=${sticky.id}).`);
  });

  it('removes the connectors attached to a removed item, and only those', async () => {
    const board = new MemoryBoard();
    const [a, b, c] = [await board.createShape({}), await board.createShape({ x: 300 }), await board.createShape({ x: 600 })];
    const ab = await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    const bc = await board.createConnector({ start: { item: b.id }, end: { item: c.id } });
    await board.remove(a);
    expect(board.item(ab.id)).toBeUndefined();
    expect(board.item(bc.id)).toBeDefined();
    await board.remove(c);
    expect(board.allItems().map((item) => item.id)).toEqual([b.id]);
  });

  it('removing a tag takes it off every sticky', async () => {
    const board = new MemoryBoard();
    const keep = await board.createTag({ title: 'keep' });
    const drop = await board.createTag({ title: 'drop' });
    const sticky = await board.createStickyNote({ tagIds: [keep.id, drop.id] });
    await board.remove(drop);
    expect(await board.getById(sticky.id)).toMatchObject({ tagIds: [keep.id] });
  });
});

describe('a big get()', () => {
  // Past one slice the board gathers every frame's children in one pass (frames.ts idsByParent): the same answer as one frame at a time.
  it('reports each frame with the same childrenIds as getById does, listed children first', async () => {
    const frames = [0, 1].map((index) => ({ id: `f${index}`, type: 'frame' as const, title: `F${index}`, x: index * 10_000, y: 0, width: 8000, height: 8000, childrenIds: index === 0 ? ['s5', 's1'] : [] }));
    const stickies = Array.from({ length: SLICE_ITEMS + 10 }, (_, index) => ({ id: `s${index}`, type: 'sticky_note' as const, parentId: index % 3 === 0 ? null : `f${index % 3 === 1 ? 0 : 1}`, x: 10, y: 10, width: 100, height: 114 }));
    const board = MemoryBoard.fromSnapshot({ version: 1, items: [...frames, ...stickies], metadata: {} });
    const all = await board.get();
    for (const id of ['f0', 'f1']) {
      const fromGet = all.find((item) => item.id === id) as FrameItem;
      expect(fromGet.childrenIds).toEqual(((await board.getById(id)) as FrameItem).childrenIds);
    }
    const first = all.find((item) => item.id === 'f0') as FrameItem;
    expect(first.childrenIds.slice(0, 3)).toEqual(['s1', 's4', 's7']);
    expect(first.childrenIds).toHaveLength(Math.ceil((SLICE_ITEMS + 10) / 3));
  });
});
