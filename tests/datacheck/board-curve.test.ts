// The data-check frame's curves on the (in-memory) board: dashed connectors
// between customers' points, readback still reads the map alone, "Clear data
// check" takes the connectors too, and a write failing at any call, a
// connector's creation included, leaves the board as it was.
import { describe, expect, it } from 'vitest';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { DATA_BLUE } from '../../src/analysis/datacheck/frame-curve.ts';
import { DATA_CHECK_HINT_KEY, dataCheckFramePlan } from '../../src/analysis/datacheck/frame-plan.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { clearAnnex, writeAnnex } from '../../src/board/annex.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { COFFEE_MAPPING, coffeeDataCheck, coffeeLog } from './coffee-log.ts';

const OPTIONS = { mapFrameId: 'cs-frame', hintKey: DATA_CHECK_HINT_KEY, action: 'write the data check' };
const ids = (snapshot: BoardSnapshot) => snapshot.items.map((item) => item.id).sort();
const connectors = (snapshot: BoardSnapshot) => snapshot.items.filter((item) => item.type === 'connector') as { start?: { item?: string }; end?: { item?: string }; style?: Record<string, unknown> }[];

/** The coffee data check, with every ad click also rated CSAT 4 (+1): customers' curve then has two points, Discover and First box. */
function scoredCoffee() {
  const { board, map } = coffeeDataCheck();
  const log = coffeeLog().replace(/,social,\n/g, ',social,4\n');
  const result = runDataCheck({ map, log: parseLogText(log), saved: COFFEE_MAPPING, settings: DATA_CHECK_DEFAULTS, source: 'events.csv' });
  return { board, plan: dataCheckFramePlan(result, map) };
}

describe('the data-check frame\'s curves on the board', () => {
  it('joins customers\' points with dashed connectors, and readback still reads the map alone', async () => {
    const { board, plan } = scoredCoffee();
    const before = connectors(board.toSnapshot()).length;
    const written = await writeAnnex(board, plan, OPTIONS);
    const after = board.toSnapshot();
    const seen = ['dc:seen:cs-h0', 'dc:seen:cs-h2'].map((key) => written.itemIds[key]);
    expect(seen.every((id) => after.items.some((item) => item.id === id && item.parentId === written.frameId))).toBe(true);
    const dashed = connectors(after).filter((item) => item.style?.strokeStyle === 'dashed');
    expect(dashed.map((item) => [item.start?.item, item.end?.item, item.style?.strokeColor])).toEqual([[seen[0], seen[1], DATA_BLUE]]);
    expect(connectors(after).length - before).toBe(plan.children.filter((child) => child.type === 'connector').length);
    const reread = gapCheck(after, { today: '2026-11-29' });
    expect(reread.ok && reread.frame.id).toBe('cs-frame');
  });

  it('is removed with the frame by "Clear data check", connectors included', async () => {
    const { board, plan } = scoredCoffee();
    const before = ids(board.toSnapshot());
    await writeAnnex(board, plan, OPTIONS);
    await clearAnnex(board, OPTIONS);
    expect(ids(board.toSnapshot())).toEqual(before);
  });

  it('leaves the board as it was when a connector cannot be created', async () => {
    const { board, plan } = scoredCoffee();
    const before = ids(board.toSnapshot());
    board.failOn = (call) => call.method === 'createConnector';
    await expect(writeAnnex(board, plan, OPTIONS)).rejects.toThrow(/^Could not write the data check: creating dc:.*->dc:.* failed: .* The board was restored/);
    board.failOn = undefined;
    expect(ids(board.toSnapshot())).toEqual(before);
  });

  it('leaves the board as it was whichever call of the write fails', async () => {
    const probe = scoredCoffee();
    const start = probe.board.calls.length;
    await writeAnnex(probe.board, probe.plan, OPTIONS);
    const calls = probe.board.calls.length - start;
    expect(calls).toBeGreaterThan(probe.plan.children.length);
    // Call 1 reads the map frame, before anything is written; the writer's calls follow.
    for (let failing = 2; failing <= calls; failing++) {
      const { board, plan } = scoredCoffee();
      const before = ids(board.toSnapshot());
      board.failOn = board.calls.length + failing;
      await expect(writeAnnex(board, plan, OPTIONS)).rejects.toThrow(/The board was restored/);
      board.failOn = undefined;
      expect(ids(board.toSnapshot()), `call ${failing}`).toEqual(before);
    }
  });
});
