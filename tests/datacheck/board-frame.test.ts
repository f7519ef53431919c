// The "Data check" frame on the board: beside the map, through the writer,
// readback still reads the map alone, one action clears it, a failed write
// leaves the board as it was, and a 60-touchpoint map needs few round trips.
import { describe, expect, it } from 'vitest';
import { roundClock } from '../../bench/rounds.ts';
import { scoredLog } from '../../bench/datacheck-frame.ts';
import { generateJourney } from '../../bench/journeys.ts';
import { snapshotFromPlan } from '../../bench/plan-snapshot.ts';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { dataMapOf, type DataMap } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { DATA_CHECK_HINT_KEY, dataCheckFramePlan } from '../../src/analysis/datacheck/frame-plan.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { clearAnnex, writeAnnex } from '../../src/board/annex.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { htmlToText } from '../../src/model/html.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { COFFEE_MAPPING, coffeeBoard, coffeeLog } from './coffee-log.ts';

function coffee(): { snapshot: BoardSnapshot; map: DataMap } {
  const parsed = parseSnapshotText(coffeeBoard());
  if (!parsed.ok) throw new Error(parsed.error);
  const read = gapCheck(parsed.snapshot, { today: '2026-11-29' });
  if (!read.ok) throw new Error(read.message);
  return { snapshot: parsed.snapshot, map: dataMapOf({ journey: read.journey, snapshot: parsed.snapshot, frameId: read.frame.id }) };
}

function planFor(map: DataMap, log = coffeeLog()) {
  const result = runDataCheck({ map, log: parseLogText(log), saved: COFFEE_MAPPING, settings: DATA_CHECK_DEFAULTS, source: 'events.csv' });
  return dataCheckFramePlan(result, map);
}

const ids = (snapshot: BoardSnapshot) => snapshot.items.map((item) => item.id).sort();
const OPTIONS = { mapFrameId: 'cs-frame', hintKey: DATA_CHECK_HINT_KEY, action: 'write the data check' };

describe('the "Data check" frame', () => {
  it('lands to the right of the map with reach per stage, and readback still reads the map alone', async () => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const written = await writeAnnex(board, planFor(map), OPTIONS);
    const after = board.toSnapshot();
    const frame = after.items.find((item) => item.id === written.frameId);
    const mapFrame = after.items.find((item) => item.id === 'cs-frame');
    expect(frame).toMatchObject({ type: 'frame', title: 'Data check: events.csv' });
    expect((frame as { x: number; width: number }).x - (frame as { width: number }).width / 2).toBeGreaterThan((mapFrame as { x: number; width: number }).x + (mapFrame as { width: number }).width / 2);
    const texts = after.items.filter((item) => item.type === 'text' && item.parentId === written.frameId).map((item) => htmlToText((item as { content: string }).content));
    expect(texts).toContain('Sign up\n70% · n=140 · ▼30 pts');
    expect(texts.join('\n')).toContain('• compare_plans: 30% of journeys, usually after Sees an Instagram ad');
    expect(JSON.stringify(after)).not.toContain('@example.com');
    const reread = gapCheck(after, { today: '2026-11-29' });
    expect(reread.ok && reread.frame.id).toBe('cs-frame');
    // Frames cannot hold metadata in Miro: the hint naming the map sits on the annex's first child, the summary text.
    expect(after.metadata?.[written.frameId]).toBeUndefined();
    expect(after.metadata?.[written.itemIds['dc:summary'] as string]).toEqual({ [DATA_CHECK_HINT_KEY]: 'cs-frame' });
  });

  it('is removed again, whole, by "Clear data check"', async () => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const before = ids(board.toSnapshot());
    const plan = planFor(map);
    await writeAnnex(board, plan, OPTIONS);
    // The frame and its placed children; the curves' connectors go with the points they join (as on Miro).
    expect(await clearAnnex(board, OPTIONS)).toBe(plan.children.filter((child) => child.type !== 'connector').length + 1);
    expect(ids(board.toSnapshot())).toEqual(before);
    expect(await clearAnnex(board, OPTIONS)).toBe(0);
  });

  it.each([3, 9, 20])('leaves the board as it was when call %i fails', async (failing) => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const before = ids(board.toSnapshot());
    board.failOn = failing;
    await expect(writeAnnex(board, planFor(map), OPTIONS)).rejects.toThrow(/^Could not write the data check: .* The board was restored/);
    board.failOn = undefined;
    expect(ids(board.toSnapshot())).toEqual(before);
  });

  it('takes at most 8 sequential round trips for a 60-touchpoint map with both curves, and clearing at most 5', async () => {
    const journey = generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 });
    const snapshot = snapshotFromPlan(layoutJourney(journey));
    const map = dataMapOf({ journey, snapshot, frameId: 'frame-1' });
    const plan = planFor(map, scoredLog(map));
    expect(plan.children.filter((child) => child.type === 'connector')).toHaveLength(2 * (map.stages.length - 1));
    const clock = roundClock(10);
    const board = MemoryBoard.fromSnapshot(snapshot, { latencyMs: 10, clock });
    await writeAnnex(board, plan, { ...OPTIONS, mapFrameId: 'frame-1', clock });
    const writing = clock.rounds;
    await clearAnnex(board, { mapFrameId: 'frame-1', hintKey: DATA_CHECK_HINT_KEY });
    expect({ writing, clearing: clock.rounds - writing }).toEqual({ writing: 7, clearing: 5 });
  });
});
