// Recolour under faults: switching an inserted map to the colour-blind palette
// and recomputing every sticky from its text, with call k of the apply failing
// for every k of a clean run; the rate-limit error at random calls; stickies
// deleted by another user mid-run. Every colour ends restored or as asked.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { applyItemUpdates, type ItemUpdate } from '../../src/board/item-updates.ts';
import { writePlan } from '../../src/board/writer.ts';
import { planRecolourAll } from '../../src/emotion/recolour-all.ts';
import { loadTextScorer } from '../../src/emotion/sentiment.ts';
import { recolourTargets } from '../../src/emotion/targets.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardState, instantClock, rateLimitOn, restoredAndSaid, sweepFailingCalls } from './harness.ts';
import type { Unverified } from '../../src/board/memory/unverified.ts';
import { withUnverified } from '../support/unverified.ts';

let start: BoardSnapshot;
let updates: ItemUpdate[];
/** The ids a clean run really changes (an update to the colour an item already has is skipped as unchanged). */
let changing: string[];

beforeAll(async () => {
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, layoutJourney(sampleJourney()), { clock: instantClock() });
  start = board.toSnapshot();
  const targets = recolourTargets(start, { scope: 'frame', selectedIds: [], frameId });
  if (!targets.ok) throw new Error(targets.message);
  const scoreText = await loadTextScorer();
  updates = planRecolourAll(targets, { palette: 'colour-blind', scoreText, recomputeFromText: true }).updates;
  changing = (await apply(MemoryBoard.fromSnapshot(start))).applied.map((update) => update.id);
});

const apply = (board: MemoryBoard) => applyItemUpdates(board, updates, { retry: { clock: instantClock() } });

async function cleanRun(latencyMs = 0, unverified?: Unverified): Promise<{ calls: number; asked: ReturnType<typeof boardState> }> {
  const board = MemoryBoard.fromSnapshot(start, { latencyMs, unverified });
  await apply(board);
  return { calls: board.calls.length, asked: boardState(board) };
}

const RESTORED = /^(Update failed on .+; restored the \d+ item\(s\) already changed|Could not read the items to update: .+; nothing was changed)\.$/;

describe('recolour with one failing call', { timeout: 60_000 }, () => {
  it('changes many stickies and the legend (so the sweep means something)', () => {
    expect(updates.length).toBeGreaterThanOrEqual(8);
  });

  // With latency the calls overlap in time, so a failure lands while others are in flight.
  it.each(withUnverified([0, 1]))('restores every colour, or finishes as asked, for every failing call k (%i ms latency per call; %s)', async (latencyMs, _name, unverified) => {
    const { calls, asked } = await cleanRun(latencyMs, unverified);
    const failures = await sweepFailingCalls({
      suite: `recolour (applyItemUpdates, ${latencyMs} ms latency)`,
      calls,
      board: (k) => MemoryBoard.fromSnapshot(start, { failOn: k, latencyMs, unverified }),
      apply,
      judgeSuccess: (board) => (isDeepStrictEqual(boardState(board), asked) ? [] : ['succeeded but the board is not as asked']),
      judgeFailure: restoredAndSaid(RESTORED, { namesCall: true }),
    });
    expect(failures).toEqual([]);
  });
});

describe('recolour against the rate limit', { timeout: 60_000 }, () => {
  it('waits, retries and ends exactly as asked', async () => {
    const { calls, asked } = await cleanRun();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: calls + 10 }), { minLength: 1, maxLength: 10 }), async (indices) => {
        const board = MemoryBoard.fromSnapshot(start, { failOn: rateLimitOn(new Set(indices)) });
        await apply(board);
        expect(boardState(board)).toEqual(asked);
      }),
      { numRuns: 60 },
    );
  });
});

describe('recolour while another user deletes stickies', { timeout: 60_000 }, () => {
  it('skips a sticky deleted just before its sync, says so, and colours the rest', async () => {
    const board = MemoryBoard.fromSnapshot(start);
    const victim = changing[2] ?? '';
    board.failOn = (call) => {
      if (call.method === 'sync' && call.itemId === victim) board.externalRemove(victim);
      return false;
    };
    const result = await apply(board);
    expect(result.skipped).toContainEqual({ id: victim, reason: 'deleted' });
    expect(result.applied.map((update) => update.id).sort()).toEqual(changing.filter((id) => id !== victim).sort());
    for (const { id, after } of result.applied) {
      const item = board.item(id) as { style?: { fillColor?: string }; content?: string } | undefined;
      if (after.fillColor !== undefined) expect(item?.style?.fillColor).toBe(after.fillColor);
      if (after.content !== undefined) expect(item?.content).toBe(after.content);
    }
  });

  it('skips a sticky deleted before the run starts', async () => {
    const board = MemoryBoard.fromSnapshot(start);
    const victim = changing[0] ?? '';
    board.externalRemove(victim);
    const result = await apply(board);
    expect(result.skipped).toContainEqual({ id: victim, reason: 'deleted' });
    expect(result.applied.map((update) => update.id).sort()).toEqual(changing.filter((id) => id !== victim).sort());
  });
});
