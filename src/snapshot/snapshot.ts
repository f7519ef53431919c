// The board snapshot (docs/architecture.md): the exchange format of the CLI, the demo page
// and test fixtures. Items keep the Web SDK's field names; children of a frame
// carry frame-relative centres. Unknown fields and item types are kept; a
// malformed item is skipped with a warning, never fatal to the whole read.
import { append } from '../model/arrays.ts';
import { inSlices } from '../model/next-task.ts';
import { describeIssues, z } from '../model/zod.ts';
import { isKnownItemType, KNOWN_SCHEMAS, snapshotOtherSchema, type Json, type SnapshotItem } from './items.ts';

export * from './items.ts';

export const SNAPSHOT_VERSION = 1;

export interface BoardSnapshot {
  version: typeof SNAPSHOT_VERSION;
  items: SnapshotItem[];
  /** Item id → the app's own item metadata. */
  metadata: Record<string, Record<string, Json>>;
  /** The app's board-level data (`getAppData`), when there is any. */
  appData?: Record<string, Json>;
  /** The app's board storage (`storage.collection(name)`): collection name → key → value, when there is any. */
  storage?: Record<string, Record<string, Json>>;
}

export type SnapshotParse = { ok: true; snapshot: BoardSnapshot; warnings: string[] } | { ok: false; error: string };

const envelopeSchema = z.looseObject({
  version: z.literal(SNAPSHOT_VERSION),
  items: z.array(z.unknown()),
  metadata: z.optional(z.unknown()),
  appData: z.optional(z.unknown()),
  storage: z.optional(z.unknown()),
});
type Envelope = z.infer<typeof envelopeSchema>;
const itemMetadataSchema = z.record(z.string(), z.json());

/**
 * Item metadata or app data, once `itemMetadataSchema` accepted it. Zod's
 * output would drop a key named `__proto__` (it assigns, and that sets the
 * prototype); a JSON copy of the accepted input keeps every key as data.
 */
function jsonObject(value: unknown): Record<string, Json> | null {
  if (tooDeep(value) || !itemMetadataSchema.safeParse(value).success) return null;
  return JSON.parse(JSON.stringify(value)) as Record<string, Json>;
}

/** Deeper than anything an item or the app's metadata holds: zod's JSON check and JSON.stringify recurse, and would overflow the stack. */
const MAX_DEPTH = 64;

/** Whether anything sits more than MAX_DEPTH levels down. Recursion stops at that depth, so it cannot overflow. */
function tooDeep(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const child of Object.values(value)) {
    if (depth >= MAX_DEPTH || tooDeep(child, depth + 1)) return true;
  }
  return false;
}

function readJson(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    // A byte-order mark (as Windows editors save) is not part of the JSON.
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Parses snapshot JSON text. Fails only when the envelope is unusable. */
export function parseSnapshotText(text: string): SnapshotParse {
  const json = readJson(text);
  return json.ok ? parseSnapshot(json.data) : json;
}

/**
 * `parseSnapshotText`, the items a slice at a time with a task boundary between
 * slices: parsing a 60,000-item file is most of a second, which the demo page
 * must not spend in one task (docs/performance.md). The same result.
 */
export async function parseSnapshotTextInSlices(text: string): Promise<SnapshotParse> {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelope = envelopeSchema.safeParse(json.data);
  if (!envelope.success) return { ok: false, error: notASnapshot(envelope.error) };
  const warnings: string[] = [];
  const items: SnapshotItem[] = [];
  const seen = new Set<string>();
  await inSlices(envelope.data.items, (slice, firstIndex) => append(items, readItems(slice, warnings, { firstIndex, seen }).items));
  return withEnvelope(envelope.data, { items, warnings });
}

export function parseSnapshot(data: unknown): SnapshotParse {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: notASnapshot(envelope.error) };
  const warnings: string[] = [];
  return withEnvelope(envelope.data, { items: readItems(envelope.data.items, warnings).items, warnings });
}

const notASnapshot = (error: Parameters<typeof describeIssues>[0]) => `not a board snapshot (${describeIssues(error).join('; ')})`;

/** The snapshot of the read items and the envelope's other parts, each read like the items: what is skipped becomes a warning. */
function withEnvelope(envelope: Envelope, { items, warnings }: { items: SnapshotItem[]; warnings: string[] }): SnapshotParse {
  const snapshot: BoardSnapshot = { version: SNAPSHOT_VERSION, items, metadata: parseMetadata(envelope.metadata, warnings) };
  if (envelope.appData !== undefined) {
    const appData = jsonObject(envelope.appData);
    if (appData !== null) snapshot.appData = appData;
    else warnings.push(`appData: ignored, ${tooDeep(envelope.appData) ? 'nested too deeply' : 'not a JSON object'}`);
  }
  if (envelope.storage !== undefined) {
    const storage = parseStorage(envelope.storage, warnings);
    if (storage !== null) snapshot.storage = storage;
  }
  return { ok: true, snapshot, warnings };
}

/** Where a slice of a longer items list starts, and the ids read before it (each id is kept once in the whole list). */
export interface ItemsSlice {
  firstIndex?: number;
  seen?: Set<string>;
}

/**
 * The items the parser reads out of a snapshot's `items` array, and for each
 * the index of the entry it came from (`sources`): what a command that writes
 * the file back needs to tell a read item from an unread one with the same id.
 */
export function readItems(raws: readonly unknown[], warnings: string[], { firstIndex = 0, seen = new Set<string>() }: ItemsSlice = {}): { items: SnapshotItem[]; sources: number[] } {
  const items: SnapshotItem[] = [];
  const sources: number[] = [];
  raws.forEach((raw, position) => {
    // A caller reading a long list in slices names the slice's place, so warnings count from the list's start.
    const index = firstIndex + position;
    const item = parseItem(raw, index, warnings);
    if (item === null) return;
    if (seen.has(item.id)) {
      warnings.push(`item ${index} (id ${item.id}): skipped, another item has the same id`);
      return;
    }
    seen.add(item.id);
    items.push(item);
    sources.push(index);
  });
  return { items, sources };
}

function parseItem(raw: unknown, index: number, warnings: string[]): SnapshotItem | null {
  const base = snapshotOtherSchema.safeParse(raw);
  if (!base.success) {
    warnings.push(`item ${index}: skipped, ${describeIssues(base.error).join('; ')}`);
    return null;
  }
  const { id: itemId, type } = base.data;
  if (tooDeep(raw)) {
    warnings.push(`item ${index} (id ${itemId}, ${type}): skipped, nested too deeply`);
    return null;
  }
  if (!isKnownItemType(type)) return base.data;
  const schema = KNOWN_SCHEMAS[type];
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error).join('; ');
  // A bad optional field (null content, a numeric colour…) costs that field, not the item and its text.
  const repaired = withoutFields(raw, parsed.error.issues.map((issue) => issue.path[0] ?? ''));
  const reparsed = repaired === null ? null : schema.safeParse(repaired);
  if (reparsed?.success === true) {
    warnings.push(`item ${index} (id ${itemId}, ${type}): ${problems}; read without that field`);
    return reparsed.data;
  }
  warnings.push(`item ${index} (id ${itemId}, ${type}): skipped, ${problems}`);
  return null;
}

/** Fields an item can be read without: each has a default or is optional. */
const DROPPABLE_FIELDS = new Set(['title', 'content', 'style', 'tagIds', 'shape', 'childrenIds', 'color', 'start', 'end', 'height']);

function withoutFields(raw: unknown, fields: readonly PropertyKey[]): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  if (!fields.every((field) => typeof field === 'string' && DROPPABLE_FIELDS.has(field))) return null;
  const copy: Record<string, unknown> = { ...raw };
  for (const field of fields) delete copy[field as string];
  return copy;
}

/**
 * An object of JSON objects (item metadata by item id, storage by collection
 * name): a bad entry is dropped with a warning naming it, the others kept.
 */
function parseObjectsOf(raw: unknown, { warnings, what, entry }: { warnings: string[]; what: string; entry: (key: string) => string }): Record<string, Record<string, Json>> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push(what);
    return null;
  }
  const entries: [string, Record<string, Json>][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parsed = jsonObject(value);
    if (parsed !== null) entries.push([key, parsed]);
    else warnings.push(`${entry(key)}: ignored, ${tooDeep(value) ? 'nested too deeply' : 'not a JSON object'}`);
  }
  // fromEntries defines own properties: an entry keyed "__proto__" stays data.
  return Object.fromEntries(entries);
}

function parseMetadata(raw: unknown, warnings: string[]): BoardSnapshot['metadata'] {
  if (raw === undefined) return {};
  return parseObjectsOf(raw, { warnings, what: 'metadata: ignored, not an object of item ids', entry: (id) => `metadata of ${id}` }) ?? {};
}

function parseStorage(raw: unknown, warnings: string[]): Record<string, Record<string, Json>> | null {
  return parseObjectsOf(raw, { warnings, what: 'storage: ignored, not an object of collections', entry: (name) => `storage collection ${name}` });
}

export function emptySnapshot(): BoardSnapshot {
  return { version: SNAPSHOT_VERSION, items: [], metadata: {} };
}

export function serializeSnapshot(snapshot: BoardSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
