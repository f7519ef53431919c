// The "Current → future" frame on the board: under the pair, left-aligned with
// the current map; readback never takes it for a map; "Add" again replaces the
// pair's frame; a failed write leaves the board (and the earlier frame) as it was.
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/analysis/compare/compare-sources.ts';
import { COMPARISON_HINT_KEY, comparisonFramePlan, comparisonPair } from '../../src/analysis/compare/frame-plan.ts';
import type { Comparison } from '../../src/analysis/compare/types.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { writeComparisonFrame } from '../../src/board/comparison-frame.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { boardWithFuture, editSampleFuture, type FuturePair } from '../support/future-map.ts';

type Box = { x: number; y: number; width: number; height: number };

function compared(pair: FuturePair, { reverse = false } = {}): Comparison {
  const snapshot = pair.board.toSnapshot();
  const [from, to] = reverse ? [pair.futureId, pair.currentId] : [pair.currentId, pair.futureId];
  const result = compareSources({ from: { snapshot, frameId: from }, to: { snapshot, frameId: to }, force: false });
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

function add(pair: FuturePair, comparison: Comparison) {
  const options = { beforeFrameId: comparison.before.id, afterFrameId: comparison.after.id, hintKey: COMPARISON_HINT_KEY, pair: comparisonPair(comparison), action: 'add the comparison to the board' };
  return writeComparisonFrame(pair.board, comparisonFramePlan(comparison), options);
}

const frames = (snapshot: BoardSnapshot) => snapshot.items.filter((item) => item.type === 'frame') as (Box & { id: string; title: string })[];
const ids = (snapshot: BoardSnapshot) => snapshot.items.map((item) => item.id).sort();

describe('writeComparisonFrame', () => {
  it('puts the frame below the lower map, left-aligned with the current map, hinted on its first child', async () => {
    const pair = await boardWithFuture();
    await editSampleFuture(pair);
    const written = await add(pair, compared(pair));
    const snapshot = pair.board.toSnapshot();
    const all = frames(snapshot);
    const [current, future, frame] = [pair.currentId, pair.futureId, written.frameId].map((id) => all.find((entry) => entry.id === id) as Box & { title: string });
    expect(frame?.title).toBe('Current → future: Coffee subscription → Future state: Coffee subscription');
    expect((frame as Box).x - (frame as Box).width / 2).toBeCloseTo((current as Box).x - (current as Box).width / 2, 6);
    const lower = Math.max((current as Box).y + (current as Box).height / 2, (future as Box).y + (future as Box).height / 2);
    expect((frame as Box).y - (frame as Box).height / 2).toBeCloseTo(lower + 100, 6);
    expect(written.replaced).toBe(0);
    expect(snapshot.metadata?.[written.frameId]).toBeUndefined();
    expect(snapshot.metadata?.[written.itemIds['cmp:summary'] as string]).toEqual({ [COMPARISON_HINT_KEY]: `${pair.currentId}→${pair.futureId}` });
  });

  it('is never read as a journey map: the gap check still finds the two maps and only them', async () => {
    const pair = await boardWithFuture();
    await editSampleFuture(pair);
    const written = await add(pair, compared(pair));
    const snapshot = pair.board.toSnapshot();
    const check = gapCheck(snapshot, { today: '2026-11-29' });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toBe('ambiguous');
    expect(!check.ok && check.candidates.map((frame) => frame.id).sort()).toEqual([pair.currentId, pair.futureId].sort());
    for (const frameId of [pair.currentId, pair.futureId]) expect(gapCheck(snapshot, { today: '2026-11-29', frameId }).ok).toBe(true);
    expect(!check.ok && check.candidates.map((frame) => frame.id)).not.toContain(written.frameId);
  });

  it('replaces the earlier frame of the same pair, and only of that pair', async () => {
    const pair = await boardWithFuture();
    const connectorsBefore = pair.board.toSnapshot().items.filter((item) => item.type === 'connector').length;
    const first = await add(pair, compared(pair));
    const reverse = await add(pair, compared(pair, { reverse: true }));
    const reverseConnectors = comparisonFramePlan(compared(pair, { reverse: true })).children.filter((child) => child.type === 'connector').length;
    const plan = comparisonFramePlan(compared(pair));
    const second = await add(pair, compared(pair));
    // The frame and its placed children; the connectors go with the points they join (as on Miro).
    expect(second.replaced).toBe(plan.children.filter((child) => child.type !== 'connector').length + 1);
    const left = frames(pair.board.toSnapshot()).map((frame) => frame.id);
    expect(left.sort()).toEqual([pair.currentId, pair.futureId, reverse.frameId, second.frameId].sort());
    expect(left).not.toContain(first.frameId);
    expect(pair.board.toSnapshot().items.filter((item) => item.parentId === first.frameId)).toEqual([]);
    expect(pair.board.toSnapshot().items.filter((item) => item.type === 'connector').length).toBe(connectorsBefore + reverseConnectors + plan.children.filter((child) => child.type === 'connector').length);
  });

  it.each([1, 8, 17])('leaves the board as it was, the earlier frame included, when create call %i of the write fails', async (failing) => {
    const pair = await boardWithFuture();
    await add(pair, compared(pair));
    const before = ids(pair.board.toSnapshot());
    const comparison = compared(pair);
    let creates = 0;
    pair.board.failOn = (call) => call.method.startsWith('create') && ++creates === failing;
    await expect(add(pair, comparison)).rejects.toThrow(/^Could not add the comparison to the board: .* The board was restored/);
    pair.board.failOn = undefined;
    expect(ids(pair.board.toSnapshot())).toEqual(before);
  });

  it('refuses a pair whose frame is gone, before writing anything', async () => {
    const pair = await boardWithFuture();
    const comparison = compared(pair);
    const before = ids(pair.board.toSnapshot());
    await expect(writeComparisonFrame(pair.board, comparisonFramePlan(comparison), { beforeFrameId: 'gone', afterFrameId: pair.futureId, hintKey: COMPARISON_HINT_KEY, pair: 'gone→x' })).rejects.toThrow();
    expect(ids(pair.board.toSnapshot())).toEqual(before);
  });
});
