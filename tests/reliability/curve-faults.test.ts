// Curve refresh under faults, on a map edited to need every kind of change: a
// recoloured touchpoint (move), a deleted point (create + link), a deleted
// stage and a duplicate point (removals). Call k fails for every k of a clean
// run. Before the removals the board ends exactly as before; removal is the
// documented point of no return (src/board/curve.ts): a failure there leaves
// the refreshed curve plus the items not yet removed, says so, and the next
// refresh tidies them. Also the rate-limit error at random calls.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCurvePlan } from '../../src/board/curve.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { isShape, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { writePlan } from '../../src/board/writer.ts';
import { planCurve, type CurvePlan } from '../../src/emotion/curve-plan.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardState, idFree, instantClock, rateLimitOn, sweepFailingCalls } from './harness.ts';
import type { Unverified } from '../../src/board/memory/unverified.ts';
import { withUnverified } from '../support/unverified.ts';

let start: BoardSnapshot;
let plan: CurvePlan;

function planFor(snapshot: BoardSnapshot, frameId: string): CurvePlan {
  const read = readJourney(snapshot, { frameId });
  if (!read.ok) throw new Error(read.message);
  return planCurve(snapshot, read);
}

beforeAll(async () => {
  const journey = sampleJourney();
  journey.lanes.splice(2, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, layoutJourney(journey), { clock: instantClock() });
  const points = board.allItems().filter((item) => isShape(item) && item.shape === 'circle').sort((a, b) => (a as { x: number }).x - (b as { x: number }).x);
  const sticky = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes('long form'));
  board.externalUpdate(sticky?.id ?? '', { content: '<p>😍 Fills in a long form</p>', style: { fillColor: 'green' } });
  board.externalRemove(points[0]?.id ?? '');
  const header = board.allItems().find((item) => isShape(item) && String(item.content).includes('First box'));
  board.externalRemove(header?.id ?? '');
  const box = board.absoluteBox(points[1]?.id ?? '');
  const duplicate = await board.createShape({ shape: 'circle', x: (box?.x ?? 0) + 30, y: box?.y ?? 0, width: 40, height: 40 });
  await ((await board.getById(frameId)) as { add(item: unknown): Promise<unknown> }).add(duplicate);
  start = board.toSnapshot();
  plan = planFor(start, frameId);
});

const apply = (board: MemoryBoard) => applyCurvePlan(board, plan, { retry: { clock: instantClock() } });

async function cleanRun(latencyMs = 0, unverified?: Unverified): Promise<{ calls: number; asked: string[] }> {
  const board = MemoryBoard.fromSnapshot(start, { latencyMs, unverified });
  await apply(board);
  return { calls: board.calls.length, asked: idFree(board.toSnapshot()) };
}

/** The board without the items the plan removes (and connectors hanging off them). */
function withoutRemovals(snapshot: BoardSnapshot): BoardSnapshot {
  const gone = new Set(plan.removals);
  const hangs = (end: unknown) => typeof end === 'object' && end !== null && gone.has(String((end as { item?: unknown }).item));
  const items = snapshot.items.filter((item) => !gone.has(item.id) && !(item.type === 'connector' && (hangs((item as { start?: unknown }).start) || hangs((item as { end?: unknown }).end))));
  return { ...snapshot, items };
}

const ROLLED_BACK = /^Refreshing the curve failed: .+\. The curve is as it was\.$/;
const LEFTOVER = /^The curve is refreshed, but \S+ could not be removed: .+\. Refresh again to tidy it\.$/;

describe('curve refresh with one failing call', { timeout: 60_000 }, () => {
  it('has something of every kind to do', () => {
    expect(plan.moves.length).toBeGreaterThan(0);
    expect(plan.removals.length).toBeGreaterThan(0);
    expect(plan.links.length).toBeGreaterThan(0);
    expect(plan.points.flat().some((point) => point.itemId === null)).toBe(true);
  });

  // With latency the calls overlap in time, so a failure lands while others are in flight.
  it.each(withUnverified([0, 1]))('ends as before, as asked, or (removal failed) as asked plus the leftovers it names, for every k (%i ms latency per call; %s)', async (latencyMs, _name, unverified) => {
    const { calls, asked } = await cleanRun(latencyMs, unverified);
    const failures = await sweepFailingCalls({
      suite: `curve refresh (applyCurvePlan, ${latencyMs} ms latency)`,
      calls,
      board: (k) => MemoryBoard.fromSnapshot(start, { failOn: k, latencyMs, unverified }),
      apply,
      judgeSuccess: (board) => (isDeepStrictEqual(idFree(board.toSnapshot()), asked) ? [] : ['succeeded but the board is not as asked']),
      judgeFailure: async ({ board, before, message }) => {
        if (ROLLED_BACK.test(message)) return isDeepStrictEqual(boardState(board), before) ? [] : ['said "as it was" but the board changed'];
        if (!LEFTOVER.test(message)) return [`unclear message: ${message}`];
        const problems = isDeepStrictEqual(idFree(withoutRemovals(board.toSnapshot())), asked) ? [] : ['removal failed and the curve is not as asked'];
        const again = MemoryBoard.fromSnapshot(board.toSnapshot());
        await applyCurvePlan(again, planFor(again.toSnapshot(), plan.frameId));
        return isDeepStrictEqual(idFree(again.toSnapshot()), asked) ? problems : [...problems, 'the next refresh did not tidy the leftovers'];
      },
    });
    expect(failures).toEqual([]);
  });
});

describe('curve refresh against the rate limit', { timeout: 60_000 }, () => {
  it('waits, retries and ends exactly as asked', async () => {
    const { calls, asked } = await cleanRun();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: calls + 10 }), { minLength: 1, maxLength: 8 }), async (indices) => {
        const board = MemoryBoard.fromSnapshot(start, { failOn: rateLimitOn(new Set(indices)) });
        await apply(board);
        expect(idFree(board.toSnapshot())).toEqual(asked);
      }),
      { numRuns: 40 },
    );
  });
});
