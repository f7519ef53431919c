// `journey-map compare --board ID`: the board read through the REST API (the
// local test server) compares as its snapshot file does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { restFromSnapshot, servable, type SnapshotJson } from '../io/rest/rest-board.ts';
import { startRestServer, type RestServer, type RestServerOptions } from '../io/rest/rest-server.ts';
import { boardWithFuture, editSampleFuture } from '../support/future-map.ts';
import { fakeIO } from './fake-io.ts';

const TOKEN = 'compare-secret-1f2e';
const BOARD = 'uXjVKcompare=';

let server: RestServer;
const options: RestServerOptions = { boardId: BOARD, token: TOKEN, board: restFromSnapshot({ items: [] }) };
beforeAll(async () => {
  server = await startRestServer(options);
});
afterAll(() => server.close());

async function run(args: string[], files: Record<string, string> = {}) {
  const fake = fakeIO(files);
  const code = await main(args, { ...fake.io, env: { MIRO_ACCESS_TOKEN: TOKEN, MIRO_API_URL: server.url } });
  expect(fake.out() + fake.err()).not.toContain(TOKEN);
  return { code, out: fake.out(), err: fake.err() };
}

describe('compare --board', () => {
  it('gives the same comparison as the snapshot file (REST carries no item metadata: both without lineage)', async () => {
    const pair = await boardWithFuture();
    await editSampleFuture(pair);
    const file = servable({ ...pair.board.toSnapshot(), metadata: {} } as unknown as SnapshotJson & Record<string, unknown>);
    options.board = restFromSnapshot(file);
    const frames = ['--from', pair.currentId, '--to', pair.futureId, '--format', 'json'];
    const fromFile = await run(['compare', 'board.json', ...frames], { 'board.json': JSON.stringify(file) });
    const fromBoard = await run(['compare', '--board', BOARD, ...frames]);
    expect(fromBoard.code).toBe(0);
    expect(JSON.parse(fromBoard.out).comparison).toEqual(JSON.parse(fromFile.out).comparison);
  });

  it('refuses a third side', async () => {
    const result = await run(['compare', 'a.json', 'b.json', '--board', BOARD]);
    expect([result.code, result.err]).toEqual([2, 'journey-map compare: one snapshot, or two to compare (got 3)\n']);
  });
});
