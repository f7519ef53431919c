// `frame.remove(child)` on the in-memory board: the child stays where it is on
// the board, stops being the frame's, and its x/y become board coordinates;
// and the board's `drop` event, as Miro fires it for a panel's draggable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';

describe('frame.remove', () => {
  it('unlinks the child without moving it; x/y become board coordinates', async () => {
    const board = new MemoryBoard();
    const frame = await board.createFrame({ x: 1000, y: 500, width: 2000, height: 1000 });
    const sticky = await board.createStickyNote({ x: 300, y: 200 });
    await frame.add(sticky);
    const updates: unknown[] = [];
    await board.ui.on('experimental:items:update', (event) => updates.push(event));
    await frame.remove(await board.getById(sticky.id));
    expect(await board.getById(sticky.id)).toMatchObject({ parentId: null, x: 300, y: 200 });
    expect((await board.getById(frame.id)) as { childrenIds: string[] }).toMatchObject({ childrenIds: [] });
    expect(board.item(sticky.id)).not.toHaveProperty('parentId');
    expect(updates).toHaveLength(1);
  });

  it('keeps the child in place wherever frame and child are (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -900, max: 900 }), async (fx, fy, dx) => {
        const board = new MemoryBoard();
        const frame = await board.createFrame({ x: fx, y: fy, width: 2000, height: 1000 });
        const shape = await board.createShape({ x: fx + dx, y: fy, width: 60, height: 40 });
        await frame.add(shape);
        await frame.remove(shape);
        expect(board.absoluteBox(shape.id)).toEqual({ x: fx + dx, y: fy, width: 60, height: 40 });
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an item that is not its child', async () => {
    const board = new MemoryBoard();
    const frame = await board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    const sticky = await board.createStickyNote({ x: 0, y: 0 });
    await expect(frame.remove(sticky)).rejects.toThrow(`Item ${sticky.id} is not a child of frame ${frame.id}`);
  });
});

describe('drop', () => {
  it("fires the SDK's drop event with the board point and the dragged element", async () => {
    const board = new MemoryBoard();
    const seen: unknown[] = [];
    const target = { getAttribute: () => 'blank' } as unknown as HTMLElement;
    await board.ui.on('drop', (event) => seen.push(event));
    board.drop({ x: 120, y: -40, target });
    expect(seen).toEqual([{ x: 120, y: -40, target }]);
  });
});
