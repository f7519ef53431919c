// A board snapshot as Miro's REST API v2 would serve it (the spec's shapes):
// the inverse of src/io/rest/convert.ts, written from the spec, for the local
// test server. Items carry `data`, `geometry`, `position` and `parent`, no
// `style` in the list unless asked, and no tag ids; tags and connectors are
// their own lists.
type Plain = Record<string, unknown>;

/** A snapshot's JSON, parsed or raw (a fixture's items as the file has them). */
export interface SnapshotJson {
  items: readonly Plain[];
}

export interface RestBoardData {
  items: Plain[];
  /** The per-type read of each item: the list entry plus its style. */
  full: Map<string, Plain>;
  connectors: Plain[];
  tags: Plain[];
  /** Tag id → ids of the items carrying it. */
  tagged: Map<string, string[]>;
}

/** The spec gives these style fields as strings. */
const STRING_NUMBERS = new Set(['fontSize', 'fillOpacity', 'borderOpacity', 'borderWidth', 'strokeWidth']);

function restStyle(style: unknown): unknown {
  if (typeof style !== 'object' || style === null) return style;
  return Object.fromEntries(Object.entries(style).map(([key, value]) => [key, STRING_NUMBERS.has(key) && typeof value === 'number' ? String(value) : value]));
}

const OWN_FIELDS = new Set(['id', 'type', 'parentId', 'x', 'y', 'width', 'height', 'rotation', 'style', 'tagIds', 'childrenIds']);

function restItem(item: Plain): { listed: Plain; full: Plain } {
  const data: Plain = {};
  for (const [key, value] of Object.entries(item)) if (!OWN_FIELDS.has(key)) data[key] = value;
  // The spec's frame data names its kind "freeform": a field that must not become the item's type.
  if (item.type === 'frame') data.type = 'freeform';
  const parentId = typeof item.parentId === 'string' ? item.parentId : undefined;
  const listed: Plain = { id: item.id, type: item.type, data, links: { self: `http://127.0.0.1/v2/boards/b/items/${String(item.id)}` } };
  const geometry: Plain = {};
  for (const field of ['width', 'height', 'rotation']) if (typeof item[field] === 'number') geometry[field] = item[field];
  listed.geometry = geometry;
  if (typeof item.x === 'number' && typeof item.y === 'number') {
    listed.position = { x: item.x, y: item.y, origin: 'center', relativeTo: parentId === undefined ? 'canvas_center' : 'parent_top_left' };
  }
  if (parentId !== undefined) listed.parent = { id: parentId, links: { self: 'http://127.0.0.1/x' } };
  return { listed, full: item.style === undefined ? listed : { ...listed, style: restStyle(item.style) } };
}

function connection(end: unknown): Plain | undefined {
  if (typeof end !== 'object' || end === null) return undefined;
  const { item, position, snapTo } = end as { item?: string; position?: { x: number; y: number }; snapTo?: string };
  const percent = (value: number) => `${Math.round(value * 10_000) / 100}%`;
  return { id: item, ...(position === undefined ? {} : { position: { x: percent(position.x), y: percent(position.y) } }), ...(snapTo === undefined ? {} : { snapTo }) };
}

/** `styleInList`: which item types keep `style` in the list (the spec's list has none; whether Miro sends it anyway is unverified). */
export function restFromSnapshot(snapshot: SnapshotJson, { styleInList = [] }: { styleInList?: readonly string[] } = {}): RestBoardData {
  const board: RestBoardData = { items: [], full: new Map(), connectors: [], tags: [], tagged: new Map() };
  const tagIds = new Set(snapshot.items.filter((item) => item.type === 'tag').map((item) => item.id));
  for (const item of snapshot.items) {
    if (item.type === 'tag') {
      board.tags.push({ id: item.id, type: 'tag', title: item.title, ...(item.color === undefined ? {} : { fillColor: item.color }) });
    } else if (item.type === 'connector') {
      const { start, end, shape, style, captions } = item;
      board.connectors.push({ id: item.id, type: 'connector', startItem: connection(start), endItem: connection(end), shape, style: restStyle(style), captions, isSupported: true });
    } else {
      const { listed, full } = restItem(item);
      board.items.push(styleInList.includes(String(item.type)) ? full : listed);
      board.full.set(String(item.id), full);
      for (const tagId of Array.isArray(item.tagIds) ? item.tagIds : []) {
        if (tagIds.has(tagId)) board.tagged.set(tagId, [...(board.tagged.get(tagId) ?? []), String(item.id)]);
      }
    }
  }
  return board;
}

/** What a board can hold of a snapshot: tag ids that name no tag on the board cannot be served (REST lists items per tag). */
export function servable<T extends SnapshotJson>(snapshot: T): T {
  const tagIds = new Set(snapshot.items.filter((item) => item.type === 'tag').map((item) => item.id));
  const items = snapshot.items.map((item) => (Array.isArray(item.tagIds) ? { ...item, tagIds: item.tagIds.filter((id: unknown) => typeof id === 'string' && tagIds.has(id)) } : item));
  return { ...snapshot, items };
}
