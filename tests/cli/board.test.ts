// `--board ID` and `pull`: a board read through the REST API from the local
// test server gives what the equivalent snapshot file gives, and every failure
// is one line, exit 2, without the token.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { restFromSnapshot, servable, type SnapshotJson } from '../io/rest/rest-board.ts';
import { startRestServer, type RestServer, type RestServerOptions } from '../io/rest/rest-server.ts';
import { fakeIO } from './fake-io.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const TOKEN = 'cli-secret-9d2e1c';
const BOARD = 'uXjVKtest=';
const TODAY = ['--today', '2026-11-29'];

function jsonFiles(dir: string, deep: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deep ? jsonFiles(path, true) : [];
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** The readback corpus: every snapshot under tests/fixtures/readback/ and in tests/fixtures/ (other JSON there, such as an id map, is not a board). */
const CORPUS = [...jsonFiles(FIXTURES, false), ...jsonFiles(join(FIXTURES, 'readback'), true)].filter((path) => parseSnapshotText(readFileSync(path, 'utf8')).ok);

let server: RestServer;
const options: RestServerOptions = { boardId: BOARD, token: TOKEN, board: restFromSnapshot({ items: [] }) };
beforeAll(async () => {
  server = await startRestServer(options);
});
afterAll(() => server.close());

const env = (extra: Record<string, string | undefined> = {}) => ({ MIRO_ACCESS_TOKEN: TOKEN, MIRO_API_URL: server.url, ...extra });

async function run(args: string[], { files = {}, environment = env() }: { files?: Record<string, string>; environment?: Record<string, string | undefined> } = {}) {
  const fake = fakeIO(files);
  const code = await main(args, { ...fake.io, env: environment });
  expect(fake.out() + fake.err() + JSON.stringify(fake.written)).not.toContain(TOKEN);
  return { code, out: fake.out(), err: fake.err(), written: fake.written };
}

describe('check --board against the local REST server', () => {
  it('has a corpus to compare', () => {
    expect(CORPUS.length).toBeGreaterThan(15);
  });

  // Served as a board can hold it: a tag id that names no tag on the board cannot be served (REST lists items per tag).
  it.each(CORPUS.map((path) => [relative(FIXTURES, path), path]))('%s: same output, exit code and stderr as the snapshot file', async (_name, path) => {
    const file = servable(JSON.parse(readFileSync(path, 'utf8')) as SnapshotJson & Record<string, unknown>);
    options.board = restFromSnapshot(file);
    for (const format of ['text', 'json']) {
      const fromFile = await run(['check', 'board.json', '--format', format, ...TODAY], { files: { 'board.json': JSON.stringify(file) } });
      const fromBoard = await run(['check', '--board', BOARD, '--format', format, ...TODAY]);
      expect(fromBoard).toEqual({ ...fromFile, written: {} });
    }
  });
});

describe('pull and export --board', () => {
  const coffee = JSON.parse(readFileSync(join(FIXTURES, 'board-handmade-coffee.json'), 'utf8')) as SnapshotJson;

  it('pull -o writes the snapshot that check reads like the board', async () => {
    options.board = restFromSnapshot(coffee);
    const pulled = await run(['pull', '--board', BOARD, '-o', 'pulled.json']);
    expect(pulled.code).toBe(0);
    expect(pulled.out).toBe('');
    // 3 lists, 15 per-type reads (stickies, shapes, text: the list has no style), 2 tag lists.
    expect(pulled.err).toBe(`journey-map pull: board ${BOARD}: 18 items in 20 requests\n`);
    const fromFile = await run(['check', 'pulled.json', ...TODAY], { files: pulled.written });
    const fromBoard = await run(['check', '--board', BOARD, ...TODAY]);
    expect(fromFile.out).toBe(fromBoard.out);
    expect(fromBoard.code).toBe(1);
  });

  it('pull without -o prints the snapshot; export --board writes the notes', async () => {
    options.board = restFromSnapshot(coffee);
    const pulled = await run(['pull', '--board', BOARD]);
    expect(parseSnapshotText(pulled.out).ok).toBe(true);
    const csv = await run(['export', '--board', BOARD, '--format', 'csv']);
    const fromFile = await run(['export', 'coffee.json', '--format', 'csv'], { files: { 'coffee.json': JSON.stringify(coffee) } });
    expect(csv).toEqual({ ...fromFile, written: {} });
  });
});

describe('--board failures: one line, exit 2, never the token', () => {
  const refuse = (status: number, extra: Record<string, string> = {}): RestServerOptions['intercept'] => (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify({ status, code: 'x', message: `refused ${TOKEN}`, type: 'error' }));
    return true;
  };

  it.each([
    [['check', '--board', BOARD], { MIRO_ACCESS_TOKEN: undefined }, 'journey-map check: MIRO_ACCESS_TOKEN is not set: give it an access token with the boards:read scope (docs/real-boards.md)\n'],
    [['pull', '--board', BOARD], { MIRO_ACCESS_TOKEN: '  ' }, 'journey-map pull: MIRO_ACCESS_TOKEN is not set: give it an access token with the boards:read scope (docs/real-boards.md)\n'],
    [['pull', '--board', BOARD], { MIRO_ACCESS_TOKEN: 'two words' }, 'journey-map pull: MIRO_ACCESS_TOKEN holds characters no token has (spaces, line breaks or non-ASCII): copy it again\n'],
    [['pull', '--board', BOARD], { MIRO_API_URL: `ftp://x/${TOKEN}` }, 'journey-map pull: MIRO_API_URL: expected an http(s) address such as https://api.miro.com, got "ftp://x/[token]"\n'],
    [['pull', '--board', BOARD], { MIRO_API_URL: 'ftp://example.com' }, 'journey-map pull: MIRO_API_URL: expected an http(s) address such as https://api.miro.com, got "ftp://example.com"\n'],
    [['pull', '--board', 'other'], {}, "journey-map pull: no board with id other, or the token's team cannot see it\n"],
    [['export', '--board', BOARD, '--format', 'md'], { MIRO_ACCESS_TOKEN: 'not-the-token' }, 'journey-map export: the token is missing, expired or lacks boards:read (HTTP 401)\n'],
    [['pull', 'board.json'], {}, 'journey-map pull: pull reads a board, not a file: use --board ID (got "board.json")\n'],
    [['check', 'board.json', '--board', BOARD], {}, `journey-map check: read a file or --board ${BOARD}, not both (got "board.json" too)\n`],
    [['recolor', '--board', BOARD], {}, 'journey-map recolor: unknown option --board\n'],
  ])('%j with %j', async (args, extra, line) => {
    const result = await run(args, { environment: env(extra) });
    expect(result).toMatchObject({ code: 2, out: '', err: line });
  });

  it('403 and an error body that repeats the token', async () => {
    options.intercept = refuse(403);
    const result = await run(['check', '--board', BOARD]);
    options.intercept = undefined;
    expect(result).toMatchObject({ code: 2, out: '', err: 'journey-map check: the token is missing, expired or lacks boards:read (HTTP 403)\n' });
    options.intercept = refuse(500, { 'retry-after': '0' });
    const failed = await run(['check', '--board', BOARD]);
    options.intercept = undefined;
    // A 5xx is retried like a 429 (Retry-After 0 here), then reported.
    expect(failed.err).toBe('journey-map check: Miro answered HTTP 500: refused [token]\n');
  });

  it('a network failure', async () => {
    const closed = await startRestServer(options);
    await closed.close();
    const result = await run(['pull', '--board', BOARD], { environment: env({ MIRO_API_URL: closed.url }) });
    expect(result).toMatchObject({ code: 2, out: '', err: `journey-map pull: cannot reach ${closed.url}: ECONNREFUSED\n` });
  });
});
