// A real HTTP server on 127.0.0.1 (an ephemeral port) that answers like Miro's
// REST API v2 for one board: cursor paging of /items and /connectors, offset
// paging of /tags and /items?tag_id=, per-type reads with `style`, and the
// spec's error bodies. `intercept` lets a test answer a request its own way
// first (a 429, a cut body…).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RestBoardData } from './rest-board.ts';

export interface RestServerOptions {
  boardId: string;
  token: string;
  board: RestBoardData;
  /** Return true when the test has answered the request itself. */
  intercept?: (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;
}

export interface RestServer {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
}

const PER_TYPE: Record<string, string> = { sticky_notes: 'sticky_note', shapes: 'shape', texts: 'text' };

export function sendJson(response: ServerResponse, { status, body }: { status: number; body: unknown }): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export function sendError(response: ServerResponse, { status, code, message }: { status: number; code: string; message: string }): void {
  sendJson(response, { status, body: { status, code, message, type: 'error' } });
}

function limitOf(url: URL): number | null {
  const limit = Number(url.searchParams.get('limit') ?? '10');
  return Number.isInteger(limit) && limit >= 10 && limit <= 50 ? limit : null;
}

/** A cursor page: the cursor is opaque to the client, here the next index. */
function cursorPage(entries: readonly unknown[], url: URL): unknown {
  const limit = limitOf(url) ?? 10;
  const start = Number(url.searchParams.get('cursor') ?? '0');
  const data = entries.slice(start, start + limit);
  const next = start + limit < entries.length ? { cursor: String(start + limit) } : {};
  return { data, total: entries.length, size: data.length, limit, ...next, links: { self: url.href }, type: 'cursor-list' };
}

function offsetPage(entries: readonly unknown[], url: URL): unknown {
  const limit = limitOf(url) ?? 10;
  const offset = Number(url.searchParams.get('offset') ?? '0');
  const data = entries.slice(offset, offset + limit);
  return { data, total: entries.length, size: data.length, offset, limit, links: { self: url.href }, type: 'list' };
}

function route(options: RestServerOptions, { url, response }: { url: URL; response: ServerResponse }): void {
  const { board } = options;
  const [, version, boards, boardId, collection, itemId] = url.pathname.split('/');
  if (version !== 'v2' || boards !== 'boards' || decodeURIComponent(boardId ?? '') !== options.boardId) {
    return sendError(response, { status: 404, code: 'notFound', message: 'Board not found' });
  }
  if (limitOf(url) === null) return sendError(response, { status: 400, code: 'invalidParameters', message: 'limit must be between 10 and 50' });
  const tagId = url.searchParams.get('tag_id');
  if (collection === 'items' && itemId === undefined && tagId !== null) {
    const ids = new Set(board.tagged.get(tagId) ?? []);
    return sendJson(response, { status: 200, body: offsetPage(board.items.filter((item) => ids.has(String(item.id))), url) });
  }
  if (collection === 'items' && itemId === undefined) return sendJson(response, { status: 200, body: cursorPage(board.items, url) });
  if (collection === 'connectors') return sendJson(response, { status: 200, body: cursorPage(board.connectors, url) });
  if (collection === 'tags') return sendJson(response, { status: 200, body: offsetPage(board.tags, url) });
  const full = board.full.get(decodeURIComponent(itemId ?? ''));
  if (collection !== undefined && full !== undefined && PER_TYPE[collection] === full.type) return sendJson(response, { status: 200, body: full });
  sendError(response, { status: 404, code: 'notFound', message: 'Item not found' });
}

export async function startRestServer(options: RestServerOptions): Promise<RestServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (options.intercept?.(request, response, url) === true) return;
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return sendError(response, { status: 401, code: 'tokenNotProvided', message: 'No access token provided' });
    }
    route(options, { url, response });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
