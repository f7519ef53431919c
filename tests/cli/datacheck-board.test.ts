// `journey-map datacheck --board ID`: the map read through the REST API (the
// local test server) gives the same report as the same board's snapshot file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { COFFEE_MAPPING, coffeeBoard, coffeeLog } from '../datacheck/coffee-log.ts';
import { restFromSnapshot, servable, type SnapshotJson } from '../io/rest/rest-board.ts';
import { startRestServer, type RestServer } from '../io/rest/rest-server.ts';
import { fakeIO } from './fake-io.ts';

const TOKEN = 'datacheck-secret-51a7';
const BOARD = 'uXjVKdata=';
const file = servable(JSON.parse(coffeeBoard()) as SnapshotJson & Record<string, unknown>);

let server: RestServer;
beforeAll(async () => {
  server = await startRestServer({ boardId: BOARD, token: TOKEN, board: restFromSnapshot(file) });
});
afterAll(() => server.close());

describe('datacheck --board', () => {
  it('reports what the snapshot file gives, without the token', async () => {
    const files = { 'map.json': JSON.stringify(file), 'events.csv': coffeeLog(), 'm.json': JSON.stringify({ mapping: COFFEE_MAPPING }) };
    const fromFile = fakeIO({ ...files });
    const fromBoard = fakeIO({ ...files });
    const args = ['--log', 'events.csv', '--mapping', 'm.json', '--format', 'json'];
    expect(await main(['datacheck', 'map.json', ...args], fromFile.io)).toBe(1);
    expect(await main(['datacheck', '--board', BOARD, ...args], { ...fromBoard.io, env: { MIRO_ACCESS_TOKEN: TOKEN, MIRO_API_URL: server.url } })).toBe(1);
    expect(fromBoard.out()).toBe(fromFile.out());
    expect(JSON.parse(fromBoard.out()).dataCheck.mapping[0]).toMatchObject({ activity: 'instagram_ad_click', status: 'explicit', touchpointId: 'cs-1' });
    expect(fromBoard.out() + fromBoard.err()).not.toContain(TOKEN);
  });
});
