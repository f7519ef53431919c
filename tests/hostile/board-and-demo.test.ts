// The hostile boards loaded into the in-memory board (as the demo and the CLI
// do), read back through the adapter as the panel reads a real board, and drawn
// by the demo: nothing throws, the drawing stays finite, and the adapter's
// reading gives the journey the snapshot file gives.
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { readBoard } from '../../src/board/reader.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { buildScene, sceneBounds } from '../../src/demo/scene.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { Journey } from '../../src/model/journey.ts';
import { BOARD_CASES, boardText } from './cases.ts';
import { caseTitle } from './strings.ts';

const readable = BOARD_CASES.filter((entry) => entry.parse === 'ok');

describe('hostile boards on the in-memory board, through the adapter and the demo', { timeout: 60_000 }, () => {
  it.each(readable.map((entry) => [caseTitle(entry), entry] as const))('%s', async (_title, entry) => {
    const parsed = parseSnapshotText(boardText(entry));
    if (!parsed.ok) throw new Error(parsed.error);
    const board = MemoryBoard.fromSnapshot(parsed.snapshot);
    const bounds = sceneBounds(buildScene(board.allItems()));
    if (bounds !== undefined) for (const value of Object.values(bounds)) expect(Number.isFinite(value)).toBe(true);
    const options = entry.frameId === undefined ? {} : { frameId: entry.frameId };
    const direct = readJourney(parsed.snapshot, options);
    const reading = await readBoard(board);
    const adapted = readJourney(reading.snapshot, options);
    expect(adapted.ok).toBe(direct.ok);
    // The reader puts items in an order of its own (the board's is unverified), so notes compare by id.
    const byId = (journey: Journey) => ({ ...journey, notes: [...journey.notes].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    if (direct.ok && adapted.ok) expect(byId(adapted.journey)).toEqual(byId(direct.journey));
  });
});
