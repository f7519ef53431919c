// Reads a whole board through the REST API into a board snapshot: items (by
// cursor), connectors, tags (by offset) and each tag's items, then the full
// read of every sticky, shape or text whose list entry came without `style`.
// The snapshot is parsed like a snapshot file: board content is outside data.
import { DEFAULT_CONCURRENCY, mapBounded } from '../../board/calls.ts';
import { describeIssues, z } from '../../model/zod.ts';
import { parseSnapshot, SNAPSHOT_VERSION, type BoardSnapshot } from '../../snapshot/snapshot.ts';
import { restClient, RestError, type RestClient, type RestClientOptions } from './client.ts';
import { snapshotItemsFromRest, STYLE_ENDPOINTS } from './convert.ts';
import { restConnectorSchema, restItemSchema, restPageSchema, restTagSchema, type RestItem, type RestTag } from './schemas.ts';

export interface PulledBoard {
  snapshot: BoardSnapshot;
  /** Items skipped or read without a field, one line each. */
  warnings: string[];
  /** HTTP requests made (retries not counted). */
  requests: number;
}

const PAGE_LIMIT = '50';
/** 10,000 items is Miro's recommended ceiling for a board; this is fifty times that, so a looping API cannot hang the read. */
const MAX_PAGES = 10_000;
const idOnlySchema = z.looseObject({ id: z.string() });

async function pageAll(client: RestClient, { path, query = {} }: { path: string; query?: Record<string, string> }): Promise<unknown[]> {
  const entries: unknown[] = [];
  const cursors = new Set<string>();
  let next: Record<string, string> = {};
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = restPageSchema.safeParse(await client.get(path, { ...query, limit: PAGE_LIMIT, ...next }));
    if (!page.success) throw new RestError(`the answer to ${path} is not a page of results (${describeIssues(page.error).slice(0, 2).join('; ')})`);
    const { data, cursor, offset, total, size } = page.data;
    for (const entry of data) entries.push(entry);
    if (cursor !== undefined && cursor !== null && cursor !== '') {
      if (cursors.has(cursor)) throw new RestError(`the answer to ${path} repeated a cursor; stopped reading`);
      cursors.add(cursor);
      next = { cursor };
      continue;
    }
    // Only an offset page says `offset`; a cursor list's last page has `total` too, and ends here.
    if (offset === undefined || total === undefined || data.length === 0) return entries;
    const after = offset + (size ?? data.length);
    if (after >= total) return entries;
    next = { offset: String(after) };
  }
  throw new RestError(`the answer to ${path} ran past ${MAX_PAGES} pages; stopped reading`);
}

function parseEach<T>(entries: readonly unknown[], { schema, what, warnings }: { schema: z.ZodMiniType<T>; what: string; warnings: string[] }): T[] {
  const parsed: T[] = [];
  entries.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) parsed.push(result.data);
    else warnings.push(`${what} ${index}: skipped, ${describeIssues(result.error).join('; ')}`);
  });
  return parsed;
}

/** Whether a per-item or per-tag read found its target gone: someone deleted it while the board was read. */
const isGone = (error: unknown) => error instanceof RestError && error.status === 404;

/** The list entry, or the per-type read of it when the list left out `style`. */
async function withStyle(client: RestClient, { item, warnings }: { item: RestItem; warnings: string[] }): Promise<RestItem> {
  const endpoint = STYLE_ENDPOINTS[item.type];
  if (endpoint === undefined || (item.style !== undefined && item.style !== null)) return item;
  try {
    const full = restItemSchema.safeParse(await client.get(`/${endpoint}/${encodeURIComponent(item.id)}`));
    if (full.success) return { ...item, ...full.data };
    warnings.push(`${item.type} ${item.id}: its full read was not understood (${describeIssues(full.error).join('; ')}); read without its style`);
  } catch (error) {
    // The list entry still stands.
    if (!isGone(error)) throw error;
    warnings.push(`${item.type} ${item.id}: gone while the board was read; read without its style`);
  }
  return item;
}

async function taggedIds(client: RestClient, { tag, warnings }: { tag: RestTag; warnings: string[] }): Promise<[string, string[]]> {
  try {
    const entries = await pageAll(client, { path: '/items', query: { tag_id: tag.id } });
    return [tag.id, entries.flatMap((entry) => idOnlySchema.safeParse(entry).data?.id ?? [])];
  } catch (error) {
    if (!isGone(error)) throw error;
    warnings.push(`tag ${tag.id} ("${tag.title}"): gone while the board was read; no item carries it`);
    return [tag.id, []];
  }
}

function counting(client: RestClient): { client: RestClient; count: () => number } {
  let requests = 0;
  return { client: { get: (path, query) => ((requests += 1), client.get(path, query)) }, count: () => requests };
}

/** Per-item and per-tag reads run side by side, each with half the project's usual bound. */
const READS_IN_FLIGHT = DEFAULT_CONCURRENCY / 2;

export async function pullBoard(options: RestClientOptions): Promise<PulledBoard> {
  const { client, count } = counting(restClient(options));
  const warnings: string[] = [];
  const [rawItems, rawConnectors, rawTags] = await Promise.all([pageAll(client, { path: '/items' }), pageAll(client, { path: '/connectors' }), pageAll(client, { path: '/tags' })]);
  const listed = parseEach(rawItems, { schema: restItemSchema, what: 'item', warnings });
  const connectors = parseEach(rawConnectors, { schema: restConnectorSchema, what: 'connector', warnings });
  const tags = parseEach(rawTags, { schema: restTagSchema, what: 'tag', warnings });
  // Filled as the reads come back: sorted below, so the same board always gives the same lines.
  const late: string[] = [];
  const [items, tagLists] = await Promise.all([
    mapBounded(listed, READS_IN_FLIGHT, (item) => withStyle(client, { item, warnings: late })),
    mapBounded(tags, READS_IN_FLIGHT, (tag) => taggedIds(client, { tag, warnings: late })),
  ]);
  const parsed = parseSnapshot({ version: SNAPSHOT_VERSION, items: snapshotItemsFromRest({ items, connectors, tags, taggedIds: new Map(tagLists) }), metadata: {} });
  // The envelope is built here, so only items can be wrong: the parse never fails as a whole.
  if (!parsed.ok) throw new RestError(parsed.error);
  return { snapshot: parsed.snapshot, warnings: [...warnings, ...late.sort(), ...parsed.warnings], requests: count() };
}
