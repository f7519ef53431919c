// The "From data" frame: one proposed sticky per hidden touchpoint, below the
// map, through the writer; counts below 5 never written; readback still reads
// the map alone; "Clear data check" takes it; a failed write leaves the board
// as it was.
import { describe, expect, it } from 'vitest';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { dataMapOf, type DataMap } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { DATA_CHECK_HINT_KEY, dataCheckFramePlan } from '../../src/analysis/datacheck/frame-plan.ts';
import { FROM_DATA_HINT_KEY, activityLabel, fromDataPlan, fromDataTexts } from '../../src/analysis/datacheck/from-data-plan.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { clearAnnex, writeAnnex } from '../../src/board/annex.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
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

function resultFor(map: DataMap, { log = coffeeLog(), settings = DATA_CHECK_DEFAULTS } = {}) {
  return runDataCheck({ map, log: parseLogText(log), saved: COFFEE_MAPPING, settings, source: 'events.csv' });
}

const ids = (snapshot: BoardSnapshot) => snapshot.items.map((item) => item.id).sort();
const OPTIONS = { mapFrameId: 'cs-frame', hintKey: FROM_DATA_HINT_KEY, side: 'below' as const, action: 'write the proposed stickies' };

describe('the "From data" plan', () => {
  it('proposes one sticky per hidden touchpoint, with its share and what it usually follows', () => {
    const { map } = coffee();
    expect(fromDataTexts(resultFor(map), map)).toEqual(['Compare plans · 30% of customers · usually after Sees an Instagram ad']);
    const plan = fromDataPlan(resultFor(map), map);
    expect(plan?.children.map((child) => child.type)).toEqual(['text', 'sticky_note']);
    expect(plan?.frame.title).toBe('From data: proposed touchpoints');
  });

  it('never proposes an activity seen in fewer than 5 journeys, even when the settings would call it hidden', () => {
    const { map } = coffee();
    const rare = `${coffeeLog()}rare1,loyalty_app_open,2026-06-01T00:00:00Z,app,\nrare2,loyalty_app_open,2026-06-01T00:00:00Z,app,\nrare3,loyalty_app_open,2026-06-01T00:00:00Z,app,\n`;
    const settings = { ...DATA_CHECK_DEFAULTS, hiddenCoverage: 0, hiddenMinInstances: 1 };
    const result = resultFor(map, { log: rare, settings });
    expect(result.hidden.map((entry) => [entry.activity, entry.instances])).toContainEqual(['loyalty_app_open', 3]);
    expect(fromDataTexts(result, map).some((text) => text.startsWith('Loyalty app open'))).toBe(false);
  });

  it('writes nothing when the data proposes nothing', () => {
    const { map } = coffee();
    expect(fromDataPlan(resultFor(map, { log: 'case,activity,time\nc1,x,2026-01-01\n' }), map)).toBeNull();
  });

  it.each([
    ['compare_plans', 'Compare plans'],
    ['viewPricingPage', 'View pricing page'],
    ['checkout-start', 'Checkout start'],
    ['/help/faq', 'Help faq'],
    ['___', '___'],
  ])('labels %s as "%s"', (activity, label) => {
    expect(activityLabel(activity)).toBe(label);
  });
});

describe('the "From data" frame on the board', () => {
  it('lands below the map; readback still reads the map alone; the hint sits on the first child', async () => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const written = await writeAnnex(board, fromDataPlan(resultFor(map), map)!, OPTIONS);
    const after = board.toSnapshot();
    const frame = after.items.find((item) => item.id === written.frameId) as { y: number; height: number };
    const mapFrame = after.items.find((item) => item.id === 'cs-frame') as { y: number; height: number };
    expect(frame.y - frame.height / 2).toBeGreaterThan(mapFrame.y + mapFrame.height / 2);
    const stickies = after.items.filter((item) => item.type === 'sticky_note' && item.parentId === written.frameId).map((item) => htmlToText((item as { content: string }).content));
    expect(stickies).toEqual(['Compare plans · 30% of customers · usually after Sees an Instagram ad']);
    const reread = gapCheck(after, { today: '2026-11-29' });
    expect(reread.ok && reread.frame.id).toBe('cs-frame');
    expect(after.metadata?.[written.frameId]).toBeUndefined();
    expect(after.metadata?.[written.itemIds['fd:intro'] as string]).toEqual({ [FROM_DATA_HINT_KEY]: 'cs-frame' });
  });

  it('is removed by clearing its hint, and clearing the data check alone leaves it', async () => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const before = ids(board.toSnapshot());
    const result = resultFor(map);
    await writeAnnex(board, dataCheckFramePlan(result, map), { mapFrameId: 'cs-frame', hintKey: DATA_CHECK_HINT_KEY });
    await writeAnnex(board, fromDataPlan(result, map)!, OPTIONS);
    const both = ids(board.toSnapshot());
    const placed = dataCheckFramePlan(result, map).children.filter((child) => child.type !== 'connector');
    // The curves' connectors go with the points they join (as on Miro): not counted, but gone.
    expect(await clearAnnex(board, { mapFrameId: 'cs-frame', hintKey: DATA_CHECK_HINT_KEY })).toBe(placed.length + 1);
    expect(both.length - ids(board.toSnapshot()).length).toBe(dataCheckFramePlan(result, map).children.length + 1);
    expect(await clearAnnex(board, OPTIONS)).toBe(3);
    expect(ids(board.toSnapshot())).toEqual(before);
  });

  it.each([2, 4, 5])('leaves the board as it was when call %i fails', async (failing) => {
    const { snapshot, map } = coffee();
    const board = MemoryBoard.fromSnapshot(snapshot);
    const before = ids(board.toSnapshot());
    board.failOn = failing;
    await expect(writeAnnex(board, fromDataPlan(resultFor(map), map)!, OPTIONS)).rejects.toThrow(/^Could not write the proposed stickies: .* The board was restored/);
    board.failOn = undefined;
    expect(ids(board.toSnapshot())).toEqual(before);
  });
});
