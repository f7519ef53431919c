// The REST client's waiting and addressing, against the local server: how long
// it waits on a 429, that it gives up on a silent server, that MIRO_API_URL may
// carry a path (a proxy).
import { afterEach, expect, it } from 'vitest';
import { restClient } from '../../../src/io/rest/client.ts';
import { restFromSnapshot } from './rest-board.ts';
import { sendError, startRestServer, type RestServer, type RestServerOptions } from './rest-server.ts';

const TOKEN = 'client-token-77';
let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(intercept: RestServerOptions['intercept']) {
  server = await startRestServer({ boardId: 'b', token: TOKEN, board: restFromSnapshot({ items: [] }), intercept });
  return server;
}

/** A clock that records the waits asked for and returns at once. */
function recordingClock() {
  const waits: number[] = [];
  return { waits, clock: { now: () => Date.parse('2026-11-29T10:00:00Z'), sleep: async (ms: number) => void waits.push(ms) } };
}

function refuseTimes(count: number, retryAfter?: string): RestServerOptions['intercept'] {
  let refused = 0;
  return (_request, response) => {
    if (refused >= count) return false;
    refused += 1;
    if (retryAfter !== undefined) response.setHeader('retry-after', retryAfter);
    sendError(response, { status: 429, code: 'tooManyRequests', message: 'Too many requests' });
    return true;
  };
}

it('waits as Retry-After says, in seconds or as a date, capped at a minute', async () => {
  for (const [header, wait] of [['3', 3_000], ['Sun, 29 Nov 2026 10:00:05 GMT', 5_000], ['7200', 60_000]] as const) {
    const { url } = await serve(refuseTimes(1, header));
    const { waits, clock } = recordingClock();
    await restClient({ baseUrl: url, token: TOKEN, boardId: 'b', clock }).get('/tags', { limit: '50' });
    expect(waits).toEqual([wait]);
    await server?.close();
  }
});

it('backs off 1 s, 2 s, 4 s … without Retry-After, and stops after five tries', async () => {
  const { url } = await serve(refuseTimes(4));
  const { waits, clock } = recordingClock();
  await restClient({ baseUrl: url, token: TOKEN, boardId: 'b', clock }).get('/tags', { limit: '50' });
  expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);
});

it('gives up on a server that does not answer', async () => {
  const { url } = await serve(() => true);
  const failure = await restClient({ baseUrl: url, token: TOKEN, boardId: 'b', timeoutMs: 200 })
    .get('/tags')
    .catch((error: unknown) => error);
  expect((failure as Error).message).toBe(`cannot reach ${url}: no answer within 0.2 s`);
});

it('keeps a path in the base address', async () => {
  const { url, requests } = await serve((request, response) => {
    if (!request.url?.startsWith('/proxy/')) return false;
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
    return true;
  });
  expect(await restClient({ baseUrl: `${url}/proxy/`, token: TOKEN, boardId: 'a b', clock: recordingClock().clock }).get('/items', { limit: '50' })).toEqual({ data: [] });
  expect(requests).toEqual(['/proxy/v2/boards/a%20b/items?limit=50']);
});
