// Reading a board through the REST API, against a real HTTP server on
// 127.0.0.1 that answers with spec-shaped responses.
import { afterEach, describe, expect, it } from 'vitest';
import { RestError } from '../../../src/io/rest/client.ts';
import { pullBoard } from '../../../src/io/rest/read-board.ts';
import { restFromSnapshot, type SnapshotJson } from './rest-board.ts';
import { sendError, sendJson, startRestServer, type RestServer, type RestServerOptions } from './rest-server.ts';

const TOKEN = 'secret-token-3f9a';
const BOARD = 'uXjVO_test=';

const stickies = Array.from({ length: 57 }, (_, index) => ({
  id: `n${index}`,
  type: 'sticky_note',
  parentId: 'f1',
  shape: 'square',
  x: 100 + index * 10,
  y: 300,
  width: 199,
  height: 228,
  content: `<p>Note ${index}</p>`,
  style: { fillColor: index % 2 === 0 ? 'light_green' : 'red', textAlign: 'center', textAlignVertical: 'middle' },
  tagIds: index === 0 ? ['t1', 't2'] : index === 1 ? ['t2'] : [],
}));

export const BOARD_JSON: SnapshotJson = {
  items: [
    { id: 'f1', type: 'frame', title: 'Checkout journey', x: 0, y: 0, width: 4800, height: 2600, style: { fillColor: '#ffffff' }, showContent: true },
    { id: 'h1', type: 'shape', shape: 'round_rectangle', parentId: 'f1', x: 700, y: 520, width: 600, height: 120, rotation: 0, content: '<p>Awareness</p>', style: { fillColor: '#e6e6e6', fontSize: 14, borderWidth: 2.5 } },
    { id: 'x1', type: 'text', parentId: 'f1', x: 80, y: 40, width: 300, height: 40, rotation: 15, content: '<p>Persona: Sam</p>', style: { fontSize: 24 } },
    { id: 'img', type: 'image', parentId: 'f1', x: 4000, y: 2000, width: 300, height: 200, imageUrl: 'https://example.com/a.png', title: 'photo' },
    { id: 'card', type: 'card', x: 9000, y: -500, width: 320, height: 94, title: 'A card', description: 'kept, not read' },
    ...stickies,
    { id: 'c1', type: 'connector', start: { item: 'n0', position: { x: 0.5, y: 1 }, snapTo: 'bottom' }, end: { item: 'h1', position: { x: 0, y: 0.25 } }, shape: 'curved', style: { strokeColor: '#000000' } },
    { id: 't1', type: 'tag', title: 'channel: email', color: 'blue' },
    { id: 't2', type: 'tag', title: 'owner: sales', color: 'red' },
  ],
};

let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(snapshot: SnapshotJson = BOARD_JSON, extra: Partial<RestServerOptions> = {}) {
  server = await startRestServer({ boardId: BOARD, token: TOKEN, board: restFromSnapshot(snapshot), ...extra });
  return server;
}

const noWait = { now: () => 0, sleep: async () => {} };
const pull = (url: string, token = TOKEN, boardId = BOARD) => pullBoard({ baseUrl: url, token, boardId, clock: noWait });
const byId = (items: readonly { id: string }[], id: string) => items.find((item) => item.id === id) as Record<string, unknown> | undefined;

describe('pullBoard', () => {
  it('pages through the items 50 at a time and reads every item once, in the list order', async () => {
    const { url, requests } = await serve();
    const { snapshot, warnings } = await pull(url);
    expect(warnings).toEqual([]);
    expect(snapshot.items.map((item) => item.id)).toEqual([...BOARD_JSON.items.filter((item) => item.type !== 'connector' && item.type !== 'tag').map((item) => item.id), 'c1', 't1', 't2']);
    expect(requests.filter((path) => path.startsWith(`/v2/boards/${encodeURIComponent(BOARD)}/items?limit=50`))).toEqual([
      `/v2/boards/${encodeURIComponent(BOARD)}/items?limit=50`,
      `/v2/boards/${encodeURIComponent(BOARD)}/items?limit=50&cursor=50`,
    ]);
  });

  it('reads a sticky, shape or text without style in the list from its own endpoint, and nothing else', async () => {
    const { url, requests } = await serve();
    const { snapshot } = await pull(url);
    const perType = requests.filter((path) => /\/(sticky_notes|shapes|texts)\//.test(path));
    expect(perType).toHaveLength(57 + 2);
    expect(requests.some((path) => /\/(images|cards|frames)\//.test(path))).toBe(false);
    expect(byId(snapshot.items, 'n1')?.style).toEqual({ fillColor: 'red', textAlign: 'center', textAlignVertical: 'middle' });
    // Served as the spec has them ("14", "2.5"), read back as the SDK's numbers.
    expect(byId(snapshot.items, 'h1')?.style).toEqual({ fillColor: '#e6e6e6', fontSize: 14, borderWidth: 2.5 });
  });

  it('takes the style from the list when it is there, without a per-type read', async () => {
    server = await startRestServer({ boardId: BOARD, token: TOKEN, board: restFromSnapshot(BOARD_JSON, { styleInList: ['sticky_note', 'shape', 'text'] }) });
    const { snapshot } = await pull(server.url);
    expect(server.requests.filter((path) => /\/(sticky_notes|shapes|texts)\//.test(path))).toEqual([]);
    expect(byId(snapshot.items, 'n0')?.style).toEqual(stickies[0]?.style);
  });

  it('converts items as the Web SDK reports them: centres, frame-relative children, data lifted, geometry, rotation', async () => {
    const { url } = await serve();
    const { snapshot } = await pull(url);
    // A frame's style is not in the list and not read on its own: readback has no use for it.
    const { style: _frameStyle, ...frame } = BOARD_JSON.items[0] ?? {};
    expect(byId(snapshot.items, 'f1')).toEqual({ ...frame, childrenIds: ['h1', 'x1', 'img', ...stickies.map((note) => note.id)] });
    expect(byId(snapshot.items, 'x1')).toEqual(BOARD_JSON.items[2]);
    expect(byId(snapshot.items, 'n0')).toEqual(stickies[0]);
    expect(byId(snapshot.items, 'c1')).toEqual(BOARD_JSON.items.find((item) => item.id === 'c1'));
  });

  it('keeps items of other types with their fields, and gathers tag ids from the per-tag lists', async () => {
    const { url, requests } = await serve();
    const { snapshot } = await pull(url);
    expect(byId(snapshot.items, 'img')).toEqual(BOARD_JSON.items[3]);
    expect(byId(snapshot.items, 'card')).toEqual(BOARD_JSON.items[4]);
    expect(byId(snapshot.items, 't1')).toEqual({ id: 't1', type: 'tag', title: 'channel: email', color: 'blue' });
    expect(byId(snapshot.items, 'n0')?.tagIds).toEqual(['t1', 't2']);
    expect(byId(snapshot.items, 'n2')?.tagIds).toEqual([]);
    expect(requests.filter((path) => path.includes('tag_id='))).toEqual(expect.arrayContaining([expect.stringContaining('tag_id=t1'), expect.stringContaining('tag_id=t2')]));
  });

  it('moves a child given from the canvas centre to its frame top-left, and skips an item it cannot read with a warning', async () => {
    const board = restFromSnapshot({ items: [{ id: 'f', type: 'frame', title: 'F', x: 1000, y: 500, width: 400, height: 200 }] });
    board.items.push({ id: 's', type: 'sticky_note', data: { content: 'x', shape: 'square' }, style: { fillColor: 'yellow' }, geometry: { width: 100, height: 100 }, position: { x: 900, y: 450, origin: 'center', relativeTo: 'canvas_center' }, parent: { id: 'f' } });
    board.items.push({ id: 42, type: 'shape' });
    server = await startRestServer({ boardId: BOARD, token: TOKEN, board });
    const { snapshot, warnings } = await pull(server.url);
    expect(byId(snapshot.items, 's')).toMatchObject({ x: 100, y: 50, parentId: 'f' });
    expect(warnings).toEqual(['item 2: skipped, id: Invalid input: expected string, received number']);
  });
});

describe('pullBoard failures: one line each, never the token', () => {
  const failing = async (extra: Partial<RestServerOptions>, { token = TOKEN, boardId = BOARD } = {}) => {
    const { url } = await serve(BOARD_JSON, extra);
    const error = await pull(url, token, boardId).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(RestError);
    const message = (error as RestError).message;
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain('\n');
    return message;
  };

  it('waits out a 429 (Retry-After) and retries', async () => {
    let refused = 0;
    const intercept: RestServerOptions['intercept'] = (_request, response) => {
      if (refused >= 3) return false;
      refused += 1;
      response.setHeader('retry-after', '0');
      sendError(response, { status: 429, code: 'tooManyRequests', message: 'Too many requests' });
      return true;
    };
    const { url } = await serve(BOARD_JSON, { intercept });
    const { snapshot } = await pull(url);
    expect(refused).toBe(3);
    expect(snapshot.items).toHaveLength(BOARD_JSON.items.length);
  });

  it('gives up after a bounded number of 429s', async () => {
    const intercept: RestServerOptions['intercept'] = (_request, response) => (sendError(response, { status: 429, code: 'tooManyRequests', message: 'Too many requests' }), true);
    expect(await failing({ intercept })).toBe("Miro's rate limit is still exceeded after several tries; try again in a minute");
  });

  it('401: the token', async () => {
    expect(await failing({}, { token: 'wrong-token' })).toBe('the token is missing, expired or lacks boards:read (HTTP 401)');
  });

  it('404: the board', async () => {
    expect(await failing({}, { boardId: 'nope' })).toBe("no board with id nope, or the token's team cannot see it");
  });

  it('a truncated body', async () => {
    const intercept: RestServerOptions['intercept'] = (_request, response) => (response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"id":"a","ty'), true);
    expect(await failing({ intercept })).toMatch(/^the answer to \/(items|connectors|tags) is not valid JSON \(/);
  });

  it('a connection cut in the middle of the body', async () => {
    const intercept: RestServerOptions['intercept'] = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"data":[');
      setTimeout(() => response.destroy(), 10);
      return true;
    };
    expect(await failing({ intercept })).toMatch(/^the answer to \/(items|connectors|tags) was cut off \(/);
  });

  it('an answer that is not a page', async () => {
    const intercept: RestServerOptions['intercept'] = (_request, response, url) => url.pathname.endsWith('/tags') && (sendJson(response, { status: 200, body: { data: 'none' } }), true);
    expect(await failing({ intercept })).toBe('the answer to /tags is not a page of results (data: Invalid input: expected array, received string)');
  });

  it('an error body that echoes the token is redacted', async () => {
    const intercept: RestServerOptions['intercept'] = (_request, response) => (sendError(response, { status: 400, code: 'bad', message: `bad header Bearer ${TOKEN}` }), true);
    expect(await failing({ intercept })).toBe('Miro answered HTTP 400: bad header Bearer [token]');
  });

  it('a network failure', async () => {
    const { url } = await serve();
    await server?.close();
    server = undefined;
    const error = await pull(url).catch((failure: unknown) => failure);
    expect((error as Error).message).toBe(`cannot reach ${url}: ECONNREFUSED`);
  });
});
