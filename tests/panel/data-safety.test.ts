// Applying the data check's suggestions (ratings, evidence tags) is a bulk
// change to the map: the Data tab keeps a safety checkpoint of the map first,
// and a storage failure never blocks the change.
import { describe, expect, it } from 'vitest';
import { listCheckpoints, loadCheckpoint } from '../../src/board/checkpoint-store.ts';
import { BOARD_ACTIONS } from '../../src/panel/data/useDataCheck.ts';
import { coffeeDataCheck } from '../datacheck/coffee-log.ts';

const setUp = coffeeDataCheck;

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

describe('"Rate from data" on a board changed since the check', () => {
  it('colours only the stickies still as the check read them, and says how many it left', async () => {
    const { board, map, result } = setUp();
    const unrated = { ...result, rateAs: [{ id: 'cs-2', valence: -2 }, { id: 'cs-5', valence: 2 }] };
    board.externalUpdate('cs-5', { style: { fillColor: 'violet' } });
    expect(await BOARD_ACTIONS.rate(board, { map, result: unrated })).toBe("Coloured 1 unrated touchpoint by their customers' scores. Left 1 changed or deleted since the check as it is.");
    expect(board.toSnapshot().items.find((item) => item.id === 'cs-5')).toMatchObject({ style: { fillColor: 'violet' } });
  });
});
