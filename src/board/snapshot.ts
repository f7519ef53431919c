// The board snapshot (DESIGN.md): the exchange format of the CLI, the demo page
// and test fixtures. Items keep the Web SDK's field names; children of a frame
// carry frame-relative centres. Unknown fields and item types are kept; a
// malformed item is skipped with a warning, never fatal to the whole read.
import { describeIssues, z } from '../model/zod.ts';

export const SNAPSHOT_VERSION = 1;

const id = z.string().check(z.minLength(1));
const coordinate = z.number(); // zod 4 rejects NaN and ±Infinity
const size = z.number().check(z.gte(0));
const parentId = z.optional(z.nullable(z.string()));
const content = z._default(z.string(), '');
const styleSchema = z.optional(z.looseObject({ fillColor: z.optional(z.string()) }));
const jsonValue = z.json();

export const snapshotFrameSchema = z.looseObject({
  id,
  type: z.literal('frame'),
  title: z._default(z.string(), ''),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  parentId,
  childrenIds: z.optional(z.array(z.string())),
  style: styleSchema,
});

export const snapshotShapeSchema = z.looseObject({
  id,
  type: z.literal('shape'),
  shape: z._default(z.string(), 'rectangle'),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  parentId,
  content,
  style: styleSchema,
});

export const snapshotStickySchema = z.looseObject({
  id,
  type: z.literal('sticky_note'),
  shape: z._default(z.enum(['square', 'rectangle']), 'square'),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  parentId,
  content,
  style: styleSchema,
  tagIds: z._default(z.array(z.string()), []),
});

export const snapshotTextSchema = z.looseObject({
  id,
  type: z.literal('text'),
  x: coordinate,
  y: coordinate,
  width: size,
  height: z.optional(size),
  parentId,
  content,
  style: styleSchema,
});

export const snapshotTagSchema = z.looseObject({
  id,
  type: z.literal('tag'),
  title: z.string(),
  color: z.optional(z.string()),
});

const endpointSchema = z.optional(
  z.looseObject({
    item: z.optional(z.string()),
    position: z.optional(z.looseObject({ x: coordinate, y: coordinate })),
    snapTo: z.optional(z.string()),
  }),
);

export const snapshotConnectorSchema = z.looseObject({
  id,
  type: z.literal('connector'),
  parentId,
  start: endpointSchema,
  end: endpointSchema,
  shape: z.optional(z.string()),
  style: z.optional(z.looseObject({})),
});

/** An item of a type this app does not use (image, card, embed, group…): kept as it is. */
export const snapshotOtherSchema = z.looseObject({ id, type: z.string(), parentId });

export type SnapshotFrame = z.infer<typeof snapshotFrameSchema>;
export type SnapshotShape = z.infer<typeof snapshotShapeSchema>;
export type SnapshotSticky = z.infer<typeof snapshotStickySchema>;
export type SnapshotText = z.infer<typeof snapshotTextSchema>;
export type SnapshotTag = z.infer<typeof snapshotTagSchema>;
export type SnapshotConnector = z.infer<typeof snapshotConnectorSchema>;
export type SnapshotOther = z.infer<typeof snapshotOtherSchema>;
export type SnapshotItem =
  | SnapshotFrame
  | SnapshotShape
  | SnapshotSticky
  | SnapshotText
  | SnapshotTag
  | SnapshotConnector
  | SnapshotOther;

export type Json = z.infer<typeof jsonValue>;

export interface BoardSnapshot {
  version: typeof SNAPSHOT_VERSION;
  items: SnapshotItem[];
  /** Item id → the app's own item metadata. */
  metadata: Record<string, Record<string, Json>>;
  /** The app's board-level data (`getAppData`), when there is any. */
  appData?: Record<string, Json>;
}

const KNOWN_SCHEMAS = {
  frame: snapshotFrameSchema,
  shape: snapshotShapeSchema,
  sticky_note: snapshotStickySchema,
  text: snapshotTextSchema,
  tag: snapshotTagSchema,
  connector: snapshotConnectorSchema,
} as const;

export type KnownItemType = keyof typeof KNOWN_SCHEMAS;

export function isKnownItemType(type: string): type is KnownItemType {
  return Object.hasOwn(KNOWN_SCHEMAS, type);
}

export const isFrame = (item: SnapshotItem): item is SnapshotFrame => item.type === 'frame';
export const isShape = (item: SnapshotItem): item is SnapshotShape => item.type === 'shape';
export const isSticky = (item: SnapshotItem): item is SnapshotSticky => item.type === 'sticky_note';
export const isText = (item: SnapshotItem): item is SnapshotText => item.type === 'text';
export const isTag = (item: SnapshotItem): item is SnapshotTag => item.type === 'tag';
export const isConnector = (item: SnapshotItem): item is SnapshotConnector => item.type === 'connector';

export type SnapshotParse = { ok: true; snapshot: BoardSnapshot; warnings: string[] } | { ok: false; error: string };

const envelopeSchema = z.looseObject({
  version: z.literal(SNAPSHOT_VERSION),
  items: z.array(z.unknown()),
  metadata: z.optional(z.unknown()),
  appData: z.optional(z.unknown()),
});
const itemMetadataSchema = z.record(z.string(), jsonValue);

/** Deeper than anything an item or the app's metadata holds: zod's JSON check and JSON.stringify recurse, and would overflow the stack. */
const MAX_DEPTH = 64;

function tooDeep(value: unknown): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_DEPTH) return true;
    level = level.flatMap((node) => (typeof node === 'object' && node !== null ? Object.values(node) : []));
  }
  return false;
}

/** Parses snapshot JSON text. Fails only when the envelope is unusable. */
export function parseSnapshotText(text: string): SnapshotParse {
  let data: unknown;
  try {
    // A byte-order mark (as Windows editors save) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseSnapshot(data);
}

export function parseSnapshot(data: unknown): SnapshotParse {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    return { ok: false, error: `not a board snapshot (${describeIssues(envelope.error).join('; ')})` };
  }
  const warnings: string[] = [];
  const items: SnapshotItem[] = [];
  const seen = new Set<string>();
  envelope.data.items.forEach((raw, index) => {
    const item = parseItem(raw, index, warnings);
    if (item === null) return;
    if (seen.has(item.id)) {
      warnings.push(`item ${index} (id ${item.id}): skipped, another item has the same id`);
      return;
    }
    seen.add(item.id);
    items.push(item);
  });
  const snapshot: BoardSnapshot = { version: SNAPSHOT_VERSION, items, metadata: parseMetadata(envelope.data.metadata, warnings) };
  if (envelope.data.appData !== undefined) {
    const appData = tooDeep(envelope.data.appData) ? null : itemMetadataSchema.safeParse(envelope.data.appData);
    if (appData?.success === true) snapshot.appData = appData.data;
    else warnings.push(`appData: ignored, ${appData === null ? 'nested too deeply' : 'not a JSON object'}`);
  }
  return { ok: true, snapshot, warnings };
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
  const parsed = KNOWN_SCHEMAS[type].safeParse(raw);
  if (!parsed.success) {
    warnings.push(`item ${index} (id ${itemId}, ${type}): skipped, ${describeIssues(parsed.error).join('; ')}`);
    return null;
  }
  return parsed.data;
}

function parseMetadata(raw: unknown, warnings: string[]): BoardSnapshot['metadata'] {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push('metadata: ignored, not an object of item ids');
    return {};
  }
  const metadata: [string, Record<string, Json>][] = [];
  for (const [itemId, value] of Object.entries(raw)) {
    const parsed = tooDeep(value) ? null : itemMetadataSchema.safeParse(value);
    if (parsed?.success === true) metadata.push([itemId, parsed.data]);
    else warnings.push(`metadata of ${itemId}: ignored, ${parsed === null ? 'nested too deeply' : 'not a JSON object'}`);
  }
  // fromEntries defines own properties: metadata of an item with id "__proto__" stays that item's.
  return Object.fromEntries(metadata);
}

export function emptySnapshot(): BoardSnapshot {
  return { version: SNAPSHOT_VERSION, items: [], metadata: {} };
}

export function serializeSnapshot(snapshot: BoardSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
