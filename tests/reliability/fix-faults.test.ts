// Fix-it under faults: "Add placeholder" in the empty touchpoint cell of the
// hand-made coffee map (its Renew stage has none), with call k failing for
// every k of a clean run, the rate-limit error at random calls, and the frame
// deleted by another user halfway. The board ends as before or as asked.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addStickyToCell, type CellFix } from '../../src/board/fixes.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { boardState, idFree, instantClock, rateLimitOn, restoredAndSaid, sweepFailingCalls } from './harness.ts';
import type { Unverified } from '../../src/board/memory/unverified.ts';
import { withUnverified } from '../support/unverified.ts';

const parsed = parseSnapshotText(readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const start: BoardSnapshot = parsed.snapshot;

function placeholderFix(): CellFix {
  const read = readJourney(start);
  if (!read.ok) throw new Error(read.message);
  const stage = read.journey.stages.find((entry) => entry.name === 'Renew');
  const lane = read.journey.lanes.find((entry) => entry.kind === 'touchpoints');
  const column = read.placement.columns.find((band) => band.id === stage?.id);
  const row = read.placement.rows.find((band) => band.id === lane?.id);
  if (column === undefined || row === undefined) throw new Error('no Renew touchpoint cell');
  return { frameId: read.frame.id, frameOrigin: read.placement.frameOrigin, column, row, occupied: [], text: 'Placeholder: <what does the customer do here?>', color: 'light_yellow' };
}

const fix = placeholderFix();
const apply = (board: MemoryBoard) => addStickyToCell(board, fix, { retry: { clock: instantClock() } });

async function cleanRun(latencyMs = 0, unverified?: Unverified): Promise<{ calls: number; asked: string[] }> {
  const board = MemoryBoard.fromSnapshot(start, { latencyMs, unverified });
  await apply(board);
  return { calls: board.calls.length, asked: idFree(board.toSnapshot()) };
}

const UNCHANGED = /^Could not add the sticky: .+\. The board is unchanged\.$/;

describe('fix-it with one failing call', { timeout: 60_000 }, () => {
  it('adds the placeholder inside the frame, its text kept literally', async () => {
    const board = MemoryBoard.fromSnapshot(start);
    const id = await apply(board);
    expect(board.item(id)).toMatchObject({ parentId: fix.frameId, content: '<p>Placeholder: &lt;what does the customer do here?&gt;</p>' });
  });

  // With latency the calls overlap in time, so a failure lands while others are in flight.
  it.each(withUnverified([0, 1]))('leaves the board as before, or as asked, for every failing call k (%i ms latency per call; %s)', async (latencyMs, _name, unverified) => {
    const { calls, asked } = await cleanRun(latencyMs, unverified);
    const failures = await sweepFailingCalls({
      suite: `fix-it (addStickyToCell, ${latencyMs} ms latency)`,
      calls,
      board: (k) => MemoryBoard.fromSnapshot(start, { failOn: k, latencyMs, unverified }),
      apply,
      judgeSuccess: (board) => (isDeepStrictEqual(idFree(board.toSnapshot()), asked) ? [] : ['succeeded but the board is not as asked']),
      judgeFailure: restoredAndSaid(UNCHANGED, { namesCall: false }),
    });
    expect(failures).toEqual([]);
  });
});

describe('fix-it against the rate limit and another user', { timeout: 60_000 }, () => {
  it('waits, retries and adds exactly one sticky', async () => {
    const { calls, asked } = await cleanRun();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: calls + 4 }), { minLength: 1, maxLength: 4 }), async (indices) => {
        const board = MemoryBoard.fromSnapshot(start, { failOn: rateLimitOn(new Set(indices)) });
        await apply(board);
        expect(idFree(board.toSnapshot())).toEqual(asked);
      }),
      { numRuns: 30 },
    );
  });

  it('says so and leaves no sticky behind when the frame is deleted before the sticky is added to it', async () => {
    const board = MemoryBoard.fromSnapshot(start);
    board.failOn = (call) => {
      if (call.method === 'frame.add') board.externalRemove(fix.frameId);
      return false;
    };
    const after = MemoryBoard.fromSnapshot(start);
    after.externalRemove(fix.frameId);
    await expect(apply(board)).rejects.toThrow(UNCHANGED);
    expect(boardState(board)).toEqual(boardState(after));
  });
});
