// A small client for Miro's REST API v2: plain `fetch` (the official
// `@mirohq/miro-api` client drops fields its models do not declare, `style`
// among them). Every failure becomes one line without the token: 429 and 5xx
// are waited out and retried a bounded number of times, 401/403 and 404 say
// what to check, a cut or non-JSON body says so.
import { realClock, type Clock } from '../../board/clock.ts';
import { restErrorSchema } from './schemas.ts';

export interface RestClientOptions {
  /** The API's origin, e.g. https://api.miro.com (MIRO_API_URL). */
  baseUrl: string;
  token: string;
  boardId: string;
  clock?: Clock;
  /** How long one request (headers and body) may take before it counts as a network failure. */
  timeoutMs?: number;
}

/** A failed request, as one line that never holds the token. `status` is the HTTP status, when there was one. */
export class RestError extends Error {
  override name = 'RestError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface RestClient {
  /** GETs `/v2/boards/{boardId}{path}` and returns the parsed JSON body. */
  get(path: string, query?: Record<string, string>): Promise<unknown>;
}

const MAX_WAIT_MS = 60_000;
/** Tries per request while Miro answers 429 or 5xx. */
const MAX_ATTEMPTS = 5;

/** How long Retry-After asks for (seconds or an HTTP date), or the back-off when it says nothing usable. */
function waitMs(header: string | null, { backoff, now }: { backoff: number; now: number }): number {
  const value = header?.trim() ?? '';
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Math.min(MAX_WAIT_MS, Number.isFinite(seconds) ? Math.max(0, seconds) : backoff);
}

function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function timedOut(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function statusError(status: number, { body, boardId }: { body: string; boardId: string }): RestError {
  if (status === 401 || status === 403) return new RestError(`the token is missing, expired or lacks boards:read (HTTP ${status})`, status);
  if (status === 404) return new RestError(`no board with id ${boardId}, or the token's team cannot see it`, status);
  if (status === 429) return new RestError("Miro's rate limit is still exceeded after several tries; try again in a minute", status);
  let detail = '';
  try {
    detail = restErrorSchema.safeParse(JSON.parse(body)).data?.message ?? '';
  } catch {
    // Not Miro's JSON error body (a proxy's HTML page, say): the status alone says enough.
  }
  return new RestError(`Miro answered HTTP ${status}${detail === '' ? '' : `: ${oneLine(detail)}`}`, status);
}

export function restClient(options: RestClientOptions): RestClient {
  const clock = options.clock ?? realClock;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const redact = (text: string) => (options.token === '' ? text : text.split(options.token).join('[token]'));
  const fail = (message: string, status?: number): never => {
    throw new RestError(redact(message), status);
  };

  async function attempt(url: URL, path: string): Promise<{ status: number; body: string; retryAfter: string | null }> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return fail(`cannot reach ${url.origin}: ${timedOut(error) ? `no answer within ${timeoutMs / 1000} s` : oneLine(reasonOf(error))}`);
    }
    try {
      return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') };
    } catch (error) {
      return fail(`the answer to ${path} was cut off (${timedOut(error) ? `not complete within ${timeoutMs / 1000} s` : oneLine(reasonOf(error))})`, response.status);
    }
  }

  async function get(path: string, query: Record<string, string> = {}): Promise<unknown> {
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}/v2/boards/${encodeURIComponent(options.boardId)}${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    let backoff = 1_000;
    for (let tries = 1; ; tries++) {
      const { status, body, retryAfter } = await attempt(url, path);
      const retriable = status === 429 || status >= 500;
      if (retriable && tries < MAX_ATTEMPTS) {
        await clock.sleep(waitMs(retryAfter, { backoff, now: clock.now() }));
        backoff = Math.min(backoff * 2, 30_000);
        continue;
      }
      if (status < 200 || status >= 300) return fail(statusError(status, { body, boardId: options.boardId }).message, status);
      try {
        return JSON.parse(body) as unknown;
      } catch (error) {
        return fail(`the answer to ${path} is not valid JSON (${oneLine(error instanceof Error ? error.message : String(error), 80)})`, status);
      }
    }
  }

  return { get };
}
