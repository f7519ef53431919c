// Applying the data check's suggestions (ratings, evidence tags) is a bulk
// change to the map: the Data tab keeps a safety checkpoint of the map first,
// and a storage failure never blocks the change.
import { describe, expect, it } from 'vitest';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { dataMapOf } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { listCheckpoints, loadCheckpoint } from '../../src/board/checkpoint-store.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BOARD_ACTIONS } from '../../src/panel/data/useDataCheck.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { COFFEE_MAPPING, coffeeBoard, coffeeLog } from '../datacheck/coffee-log.ts';

function setUp() {
  const parsed = parseSnapshotText(coffeeBoard());
  if (!parsed.ok) throw new Error(parsed.error);
  const read = gapCheck(parsed.snapshot, { today: '2026-11-29' });
  if (!read.ok) throw new Error(read.message);
  const map = dataMapOf({ journey: read.journey, snapshot: parsed.snapshot, frameId: read.frame.id });
  const result = runDataCheck({ map, log: parseLogText(coffeeLog()), saved: COFFEE_MAPPING, settings: DATA_CHECK_DEFAULTS, source: 'events.csv' });
  return { board: MemoryBoard.fromSnapshot(parsed.snapshot), map, result };
}

describe('the Data tab keeps a safety checkpoint before applying suggestions', () => {
  it.each([
    ['rate', "before applying the data check's ratings"],
    ['evidence', 'before tagging evidence from the data check'],
  ] as const)('%s: one safety checkpoint of the map, then the change', async (action, note) => {
    const { board, map, result } = setUp();
    const message = await BOARD_ACTIONS[action](board, { map, result });
    expect(message).toMatch(/^(Coloured|Tagged) \d+ /);
    const entries = await listCheckpoints(board, { frameId: map.frameId });
    expect(entries.map((entry) => entry.kind)).toEqual(['safety']);
    const [entry] = entries;
    if (entry === undefined) throw new Error('no checkpoint');
    expect(await loadCheckpoint(board, { frameId: map.frameId, entry })).toMatchObject({ kind: 'safety', note, by: 'Demo user' });
  });

  it('records "panel user" as its author when the board cannot say who the user is', async () => {
    const { board, map, result } = setUp();
    board.failOn = (call) => call.method === 'getUserInfo';
    await BOARD_ACTIONS.rate(board, { map, result });
    const [entry] = await listCheckpoints(board, { frameId: map.frameId });
    if (entry === undefined) throw new Error('no checkpoint');
    expect(await loadCheckpoint(board, { frameId: map.frameId, entry })).toMatchObject({ by: 'panel user' });
  });

  it('still applies the change when storage refuses the checkpoint', async () => {
    const { board, map, result } = setUp();
    board.failOn = (call) => call.method === 'storage.set';
    const message = await BOARD_ACTIONS.evidence(board, { map, result });
    expect(message).toBe('Tagged 3 touchpoints "evidence: analytics".');
  });
});
