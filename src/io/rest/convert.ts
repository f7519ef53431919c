// Miro REST API v2 items → board snapshot items, as the Web SDK reports them
// (docs/architecture.md "Board snapshot"): centre coordinates, children relative to their
// frame's top-left corner, `data` fields (content, shape, title…) lifted to the
// item, geometry → width/height/rotation, numeric style strings → numbers, tag
// ids gathered from the per-tag lists (REST items carry none), connector ends
// as `start`/`end`. Pure.
import type { RestConnector, RestItem, RestTag } from './schemas.ts';

export interface RestBoard {
  items: readonly RestItem[];
  connectors: readonly RestConnector[];
  tags: readonly RestTag[];
  /** Tag id → the ids of the items that carry it. */
  taggedIds: ReadonlyMap<string, readonly string[]>;
}

/** Types whose list entry may lack `style`, and the endpoint that reads the whole item. */
export const STYLE_ENDPOINTS: Readonly<Record<string, string>> = { sticky_note: 'sticky_notes', shape: 'shapes', text: 'texts' };

/** Snapshot fields a `data` field of the same name must not overwrite (a frame's `data.type` is "freeform"). */
const RESERVED = new Set(['id', 'type', 'parentId', 'x', 'y', 'width', 'height', 'rotation', 'style', 'tagIds', 'childrenIds', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy']);

type Plain = Record<string, unknown>;

/** Style fields the REST spec gives as strings ("14", "1.0") and the SDK as numbers. */
const NUMERIC_STYLE = new Set(['fontSize', 'fillOpacity', 'borderOpacity', 'borderWidth', 'strokeWidth']);

function sdkStyle(style: Plain): Plain {
  const converted: Plain = { ...style };
  for (const [key, value] of Object.entries(style)) {
    if (NUMERIC_STYLE.has(key) && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) converted[key] = Number(value);
  }
  return converted;
}

function append(map: Map<string, string[]>, { key, value }: { key: string; value: string }): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function tagIdsByItem(board: RestBoard): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  // In the order of /tags, so an item's tag ids do not depend on which tag list answered first.
  for (const tag of board.tags) {
    for (const itemId of board.taggedIds.get(tag.id) ?? []) append(byItem, { key: itemId, value: tag.id });
  }
  return byItem;
}

/** Where the item's centre is, as the SDK says it: frame-relative for a frame's child. */
function centre(item: RestItem, frames: ReadonlyMap<string, RestItem>): { x: number; y: number } | undefined {
  const position = item.position;
  if (position === undefined || position === null) return undefined;
  const frame = item.parent?.id === undefined ? undefined : frames.get(item.parent.id);
  // The spec reports children from the parent's top-left; a child given from the canvas centre is moved there too.
  if (position.relativeTo === 'canvas_center' && frame?.position?.relativeTo !== 'parent_top_left' && frame?.position && frame.geometry) {
    const left = frame.position.x - (frame.geometry.width ?? 0) / 2;
    const top = frame.position.y - (frame.geometry.height ?? 0) / 2;
    return { x: position.x - left, y: position.y - top };
  }
  return { x: position.x, y: position.y };
}

function itemFromRest(item: RestItem, context: { frames: ReadonlyMap<string, RestItem>; tagIds: ReadonlyMap<string, string[]>; children: ReadonlyMap<string, string[]> }): Plain {
  const plain: Plain = { id: item.id, type: item.type };
  if (item.parent?.id !== undefined) plain.parentId = item.parent.id;
  for (const [key, value] of Object.entries(item.data ?? {})) if (!RESERVED.has(key)) plain[key] = value;
  Object.assign(plain, centre(item, context.frames));
  const { width, height, rotation } = item.geometry ?? {};
  Object.assign(plain, width === undefined ? {} : { width }, height === undefined ? {} : { height }, rotation === undefined ? {} : { rotation });
  if (item.style !== undefined && item.style !== null) plain.style = sdkStyle(item.style);
  const tagIds = context.tagIds.get(item.id) ?? [];
  // The SDK reports tagIds on every sticky note, as an empty list when it has none.
  if (item.type === 'sticky_note' || tagIds.length > 0) plain.tagIds = tagIds;
  if (item.type === 'frame') plain.childrenIds = context.children.get(item.id) ?? [];
  for (const field of ['createdAt', 'modifiedAt'] as const) if (item[field] !== undefined) plain[field] = item[field];
  for (const field of ['createdBy', 'modifiedBy'] as const) if (item[field]?.id !== undefined) plain[field] = item[field].id;
  return plain;
}

/** "50%" → 0.5: REST gives a connector end's place on its item in percent, the SDK as a fraction. */
function fraction(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return value;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value ?? '');
  return match === null ? undefined : Number(match[1]) / 100;
}

function endpoint(connection: RestConnector['startItem']): Plain | undefined {
  if (connection === undefined || connection === null) return undefined;
  const end: Plain = {};
  if (connection.id !== undefined) end.item = connection.id;
  const x = fraction(connection.position?.x ?? undefined);
  const y = fraction(connection.position?.y ?? undefined);
  if (x !== undefined && y !== undefined) end.position = { x, y };
  if (connection.snapTo !== undefined) end.snapTo = connection.snapTo;
  return end;
}

function connectorFromRest(connector: RestConnector): Plain {
  const plain: Plain = { id: connector.id, type: 'connector' };
  const start = endpoint(connector.startItem);
  const end = endpoint(connector.endItem);
  if (start !== undefined) plain.start = start;
  if (end !== undefined) plain.end = end;
  if (connector.shape !== undefined) plain.shape = connector.shape;
  if (connector.style !== undefined && connector.style !== null) plain.style = sdkStyle(connector.style);
  if (connector.captions !== undefined && connector.captions !== null) plain.captions = connector.captions;
  return plain;
}

/** The snapshot items of a board read through REST: its items, then connectors, then tags. */
export function snapshotItemsFromRest(board: RestBoard): Plain[] {
  const frames = new Map(board.items.filter((item) => item.type === 'frame').map((item) => [item.id, item]));
  const children = new Map<string, string[]>();
  for (const item of board.items) {
    const parentId = item.parent?.id;
    if (parentId !== undefined && frames.has(parentId)) append(children, { key: parentId, value: item.id });
  }
  const context = { frames, tagIds: tagIdsByItem(board), children };
  return [
    ...board.items.map((item) => itemFromRest(item, context)),
    ...board.connectors.map(connectorFromRest),
    ...board.tags.map((tag): Plain => ({ id: tag.id, type: 'tag', title: tag.title, ...(tag.fillColor === undefined ? {} : { color: tag.fillColor }) })),
  ];
}
