// readBoard: what the Gaps tab reads, in a bounded number of round trips; the
// port's select; the fix-it writes with their rollback.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { readBoard } from '../../src/board/reader.ts';
import { addStickyToCell, freeSpot } from '../../src/board/fixes.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { FakeClock, flush } from '../support/clock.ts';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardWith } from '../readback/support.ts';

function coffee(): BoardSnapshot {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

/** Calls in flight at once, per wave, on a board with latency and a fake clock. */
async function waves(board: MemoryBoard, clock: FakeClock, work: Promise<unknown>): Promise<number> {
  let rounds = 0;
  let settled = false;
  void work.finally(() => (settled = true));
  while (!settled) {
    await flush();
    if (clock.pending > 0) {
      rounds++;
      await clock.advance(100);
    }
  }
  return rounds;
}

describe('readBoard', () => {
  it('reads a board into a snapshot that reads back like the file', async () => {
    const snapshot = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    board.select(['cs-2']);
    const reading = await readBoard(board);
    expect(reading.selectedIds).toEqual(['cs-2']);
    expect(reading.warnings).toEqual([]);
    expect(readJourney(reading.snapshot, { selectedIds: reading.selectedIds })).toEqual(readJourney(snapshot));
  });

  it('makes one round trip, whatever the board size (no metadata read on frames)', async () => {
    for (const size of [1, 40]) {
      const clock = new FakeClock();
      const snapshot = coffee();
      for (let i = 0; i < size; i++) snapshot.items.push({ id: `f${i}`, type: 'frame', title: `F${i}`, x: 5000 + i * 2000, y: 0, width: 1000, height: 800 }, { id: `s${i}`, type: 'sticky_note', shape: 'square', parentId: `f${i}`, x: 10, y: 10, width: 100, height: 114, content: '', tagIds: [] });
      const board = MemoryBoard.fromSnapshot(snapshot, { clock, latencyMs: 100 });
      const reading = readBoard(board);
      expect(await waves(board, clock, reading)).toBeLessThanOrEqual(2);
      expect((await reading).roundTrips).toBe(1);
      expect(board.calls.map((call) => call.method).sort()).toEqual(['get', 'get', 'getSelection']);
    }
  });

  it('reads an inserted map back without any metadata, and the same whatever order get() answers in', async () => {
    const { board, frameId } = await boardWith(sampleJourney());
    const reading = await readBoard(board);
    expect(reading.snapshot.metadata).toEqual({});
    const shuffled = MemoryBoard.fromSnapshot(board.toSnapshot(), { unverified: { order: { shuffleSeed: 7 } } });
    expect((await readBoard(shuffled)).snapshot).toEqual(reading.snapshot);
    expect(readJourney(reading.snapshot)).toMatchObject({ ok: true, frame: { id: frameId } });
  });
});

describe('readBoard on a board past one slice', () => {
  // Read in slices (SLICE_ITEMS) with a task boundary between, so the panel stays responsive: the same reading as in one go.
  it('reads every item once, in id order, and names a skipped item by its place in the whole list', async () => {
    const count = SLICE_ITEMS * 2 + 10;
    const items: BoardSnapshot['items'] = Array.from({ length: count }, (_, index) => ({ id: `s${index}`, type: 'sticky_note', shape: 'square', x: index, y: 0, width: 100, height: 114, content: `<p>${index}</p>`, tagIds: [] }));
    const board = MemoryBoard.fromSnapshot({ version: 1, items, metadata: {} });
    // Another app left a sticky whose colour is not a colour name: the read drops that field and says which item.
    const late = `s${SLICE_ITEMS + 3}`;
    board.externalUpdate(late, { style: { fillColor: 42 } } as never);
    const reading = await readBoard(board);
    expect(reading.snapshot.items.map((item) => item.id)).toEqual(items.map((item) => item.id).sort(new Intl.Collator('en', { numeric: true }).compare));
    expect(reading.snapshot.items.find((item) => item.id === `s${count - 1}`)).toMatchObject({ x: count - 1, content: `<p>${count - 1}</p>` });
    expect(reading.warnings).toEqual([`item ${SLICE_ITEMS + 3} (id ${late}, sticky_note): style.fillColor: Invalid input: expected string, received number; read without that field`]);
  });
});

describe('select (BoardPort)', () => {
  it('refuses an unknown id (docs/miro-board.md "Items")', async () => {
    const board = MemoryBoard.fromSnapshot(coffee());
    await expect(board.select({ id: ['cs-1', 'nope'] })).rejects.toThrow('Cannot find the item with ID: nope.');
    expect(board.selectedIds()).toEqual([]);
  });

  it('selects and deselects every item when given no filter', async () => {
    const board = MemoryBoard.fromSnapshot(coffee());
    const all = (await board.select()).map((item) => item.id);
    expect(all).toEqual(coffee().items.map((item) => item.id));
    expect((await board.deselect()).map((item) => item.id)).toEqual(all);
    expect(board.selectedIds()).toEqual([]);
  });

  it('adds to or replaces the selection as the board is told (unverified)', async () => {
    for (const selectAdds of [false, true]) {
      const board = MemoryBoard.fromSnapshot(coffee(), { unverified: { selectAdds } });
      await board.select({ id: 'cs-1' });
      await board.select({ id: 'cs-3' });
      expect(board.selectedIds()).toEqual(selectAdds ? ['cs-1', 'cs-3'] : ['cs-3']);
    }
  });

  it('selects the items a filter names and fires selection:update', async () => {
    const board = MemoryBoard.fromSnapshot(coffee());
    const seen: unknown[] = [];
    board.ui.on('selection:update', (event: unknown) => void seen.push(event));
    const selected = await board.select({ id: ['cs-1', 'cs-3'] });
    expect(selected.map((item) => item.id)).toEqual(['cs-1', 'cs-3']);
    expect(board.selectedIds()).toEqual(['cs-1', 'cs-3']);
    expect(seen).toHaveLength(1);
    expect(board.calls.at(-1)?.method).toBe('select');
  });
});

describe('fix-its', () => {
  const cell = { column: { start: 0, end: 520 }, row: { start: 0, end: 300 } };

  it('puts the sticky in the first free slot of the cell', () => {
    expect(freeSpot({ ...cell, occupied: [] }, 200)).toEqual({ x: 130, y: 30 + 114.57286432160804 });
    expect(freeSpot({ ...cell, occupied: [{ x: 130, y: 140 }] }, 200).x).toBe(360);
    expect(freeSpot({ ...cell, occupied: [{ x: 130, y: 140 }, { x: 360, y: 140 }] }, 200)).toEqual({ x: 260, y: 150 });
  });

  it('adds a sticky that readback finds in the intended cell', async () => {
    const snapshot = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const read = readJourney(snapshot);
    if (!read.ok) throw new Error(read.message);
    const { placement } = read;
    const column = placement.columns[3]!;
    const row = placement.rows[0]!;
    const id = await addStickyToCell(board, { frameId: 'cs-frame', frameOrigin: placement.frameOrigin, column, row, occupied: [], text: 'Placeholder: what happens here?', color: 'light_yellow' });
    const after = readJourney(board.toSnapshot());
    if (!after.ok) throw new Error(after.message);
    expect(after.journey.notes.find((note) => note.id === id)).toMatchObject({ stageId: 'cs-h3', laneId: 'cs-l0', text: 'Placeholder: what happens here?', valence: null });
  });

  it('removes the sticky again when frame.add fails, and says so', async () => {
    const board = MemoryBoard.fromSnapshot(coffee(), { failOn: (call) => call.method === 'frame.add' });
    const before = board.allItems().length;
    await expect(
      addStickyToCell(board, { frameId: 'cs-frame', frameOrigin: { x: 0, y: -150 }, column: { start: 1530, end: 1930 }, row: { start: 330, end: 530 }, occupied: [], text: 'x', color: 'light_yellow' }),
    ).rejects.toThrow(/^Could not add the sticky: .*\. The board is unchanged\.$/);
    expect(board.allItems()).toHaveLength(before);
  });

  it('refuses a target that is not a frame, and removes the sticky again', async () => {
    const board = MemoryBoard.fromSnapshot(coffee());
    const before = board.allItems().length;
    await expect(
      addStickyToCell(board, { frameId: 'cs-1', frameOrigin: { x: 0, y: -150 }, column: { start: 1530, end: 1930 }, row: { start: 330, end: 530 }, occupied: [], text: 'x', color: 'light_yellow' }),
    ).rejects.toThrow('Could not add the sticky: item cs-1 is not a frame. The board is unchanged.');
    expect(board.allItems()).toHaveLength(before);
  });
});
