// Insert under faults: the writer on the in-memory board with call k failing,
// for every k of a clean run; the rate-limit error at random calls; another
// user deleting items while it works. The board ends exactly as before (with a
// message saying so) or exactly as asked, never in between.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBoard, type MemoryBoardOptions } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { writePlan, type WriteOptions } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { sampleJourney } from '../support/journeys.ts';
import { readFileSync } from 'node:fs';
import { boardState, idFree, instantClock, rateLimitOn, restoredAndSaid, sweepFailingCalls } from './harness.ts';
import type { Unverified } from '../../src/board/memory/unverified.ts';
import { withUnverified } from '../support/unverified.ts';

const parsed = parseSnapshotText(readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
/** A board people already work on: the insert must leave its items and tags alone. */
const existing: BoardSnapshot = parsed.snapshot;
const plan = layoutJourney(sampleJourney());
const fresh = (options: MemoryBoardOptions = {}) => MemoryBoard.fromSnapshot(existing, options);

/** How the writer runs: its default pool, one call at a time, and calls that overlap in time (1 ms latency each). */
const VARIANTS: { name: string; board: MemoryBoardOptions; write: WriteOptions }[] = [
  { name: 'default concurrency', board: {}, write: {} },
  { name: 'concurrency 1', board: {}, write: { concurrency: 1 } },
  { name: '1 ms latency per call', board: { latencyMs: 1 }, write: {} },
];

async function cleanRun(variant: (typeof VARIANTS)[number] = VARIANTS[0] as (typeof VARIANTS)[number], unverified?: Unverified): Promise<{ calls: number; asked: string[] }> {
  const board = fresh({ ...variant.board, unverified });
  await writePlan(board, plan, { clock: instantClock(), ...variant.write });
  return { calls: board.calls.length, asked: idFree(board.toSnapshot()) };
}

const RESTORED = /^Could not insert the journey map: .+ failed: .+\. The board was restored: (nothing had been created|removed the \d+ items this insert had created)\.$/;

describe('insert with one failing call', { timeout: 60_000 }, () => {
  it.each(withUnverified(VARIANTS).map(([variant, described, unverified]) => [variant.name, described, variant, unverified] as const))('%s (%s): the board ends exactly as before, or exactly as asked, for every failing call k', async (name, _described, variant, unverified) => {
    const { calls, asked } = await cleanRun(variant, unverified);
    const failures = await sweepFailingCalls({
      suite: `insert (writePlan, ${name})`,
      calls,
      board: (k) => fresh({ ...variant.board, failOn: k, unverified }),
      apply: (board) => writePlan(board, plan, { clock: instantClock(), ...variant.write }),
      judgeSuccess: (board) => (isDeepStrictEqual(idFree(board.toSnapshot()), asked) ? [] : ['succeeded but the board is not as asked']),
      judgeFailure: restoredAndSaid(RESTORED, { namesCall: true }),
    });
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(40);
  });
});

describe('insert against the rate limit', { timeout: 60_000 }, () => {
  it('waits, retries and completes with no duplicate or missing item', async () => {
    const { calls, asked } = await cleanRun();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: calls + 20 }), { minLength: 1, maxLength: 15 }), async (indices) => {
        const board = fresh({ failOn: rateLimitOn(new Set(indices)) });
        await writePlan(board, plan, { clock: instantClock() });
        expect(idFree(board.toSnapshot())).toEqual(asked);
      }),
      { numRuns: 60 },
    );
  });
});

describe('insert while another user deletes items', { timeout: 60_000 }, () => {
  it('rolls back and says so when an item it just created is deleted before it is added to the frame', async () => {
    let adds = 0;
    const board = fresh();
    const before = boardState(board);
    board.failOn = (call) => {
      if (call.method === 'frame.add' && ++adds === 3 && call.itemId !== undefined) board.externalRemove(call.itemId);
      return false;
    };
    await expect(writePlan(board, plan, { clock: instantClock() })).rejects.toThrow(/^Could not insert the journey map: adding .+ to the frame failed: Cannot set item \S+ as a child, because the item doesn't exist\. The board was restored: removed the \d+ items/);
    expect(boardState(board)).toEqual(before);
  });

  it('rolls back cleanly when the new frame itself is deleted halfway', async () => {
    const board = fresh();
    const before = boardState(board);
    let adds = 0;
    board.failOn = (call) => {
      if (call.method === 'frame.add' && ++adds === 5) {
        const frame = board.allItems().find((item) => item.type === 'frame' && !existing.items.some((old) => old.id === item.id));
        if (frame !== undefined) board.externalRemove(frame.id);
      }
      return false;
    };
    await expect(writePlan(board, plan, { clock: instantClock() })).rejects.toThrow(/The board was restored/);
    expect(boardState(board)).toEqual(before);
  });

  it('completes when someone deletes an item of their own meanwhile, and leaves their other items alone', async () => {
    const { asked } = await cleanRun();
    const board = fresh();
    board.failOn = (call) => {
      if (call.index === 12) board.externalRemove('cs-6');
      return false;
    };
    await writePlan(board, plan, { clock: instantClock() });
    const withoutCs6 = fresh();
    withoutCs6.externalRemove('cs-6');
    await writePlan(withoutCs6, plan, { clock: instantClock() });
    expect(idFree(board.toSnapshot())).toEqual(idFree(withoutCs6.toSnapshot()));
    expect(idFree(board.toSnapshot())).not.toEqual(asked);
  });
});
