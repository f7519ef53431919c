// Item objects as the SDK hands them out: a copy of the item's fields plus
// `sync`, `getMetadata`, `setMetadata` (and `add`, `getChildren` on frames).
// Like the real SDK, a handle is a copy: changing it changes nothing on the
// board until `await item.sync()`.
import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type { BoardItem, ConnectorItem, FrameItem, ShapeItem, StickyNoteItem, TagItem, TextItem } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import { copyData } from '../../model/copy-data.ts';
import { BoardRuleError, FRAME_DEFAULT_STYLE, STICKY_DEFAULT_STYLE, ruleText } from './rules.ts';

export interface HandleHost {
  sync(handle: BoardItem): Promise<void>;
  getMetadata(id: string, key?: string): Promise<AppData | AppDataValue>;
  setMetadata(id: string, key: string, value: AppDataValue): Promise<AppData>;
  frameAdd(frameId: string, item: BoardItem): Promise<BoardItem>;
  frameRemove(frameId: string, item: BoardItem): Promise<void>;
  frameChildren(frameId: string): Promise<BoardItem[]>;
}

type Methods = Pick<StickyNoteItem, 'sync' | 'getMetadata' | 'setMetadata'>;

/** The calls every handle has, bound to its id; `sync` sends the handle as it is then. */
function addMethods<T extends object>(handle: T, host: HandleHost, id: string): T & Methods {
  const withMethods = handle as T & Methods;
  withMethods.sync = () => host.sync(withMethods as unknown as BoardItem);
  // The SDK declares these as overloads; one implementation serves both.
  withMethods.getMetadata = ((key?: string) => host.getMetadata(id, key)) as Methods['getMetadata'];
  withMethods.setMetadata = ((key: string, value: AppDataValue) => host.setMetadata(id, key, value)) as Methods['setMetadata'];
  return withMethods;
}

// Handles are built field by field, without spreading intermediate objects: a
// 60,000-sticky `get()` made that garbage the larger part of its cost.
type Raw = Record<string, unknown>;
const num = (item: Raw, field: string): number => {
  const value = item[field];
  return typeof value === 'number' ? value : 0;
};
const str = (item: Raw, field: string, fallback = ''): string => {
  const value = item[field];
  return typeof value === 'string' ? value : fallback;
};
/** A copy of the item's style over `defaults`. */
const style = (item: Raw, defaults: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => {
  const value = item.style;
  const own = typeof value === 'object' && value !== null ? (copyData(value) as Record<string, unknown>) : {};
  return Object.assign({}, defaults, own);
};
const ids = (value: unknown): string[] => (Array.isArray(value) ? (copyData(value) as string[]) : []);
const parentOf = (item: Raw): string | null => (typeof item.parentId === 'string' ? item.parentId : null);

const stickyHandle = (item: Raw): Omit<StickyNoteItem, keyof Methods> => ({
  id: item.id as string,
  type: 'sticky_note',
  x: num(item, 'x'),
  y: num(item, 'y'),
  parentId: parentOf(item),
  width: num(item, 'width'),
  height: num(item, 'height'),
  shape: str(item, 'shape', 'square') === 'rectangle' ? 'rectangle' : 'square',
  content: str(item, 'content'),
  style: style(item, STICKY_DEFAULT_STYLE) as StickyNoteItem['style'],
  tagIds: ids(item.tagIds),
});

const shapeHandle = (item: Raw): Omit<ShapeItem, keyof Methods> => ({
  id: item.id as string,
  type: 'shape',
  x: num(item, 'x'),
  y: num(item, 'y'),
  parentId: parentOf(item),
  width: num(item, 'width'),
  height: num(item, 'height'),
  rotation: num(item, 'rotation'),
  shape: str(item, 'shape', 'rectangle') as ShapeItem['shape'],
  content: str(item, 'content'),
  style: style(item) as ShapeItem['style'],
});

/** docs/miro-board.md "Geometry": a text's height is computed from its content; setting it throws the documented text. */
const textHandle = (item: Raw): Omit<TextItem, keyof Methods> => {
  const handle = { id: item.id as string, type: 'text', x: num(item, 'x'), y: num(item, 'y'), parentId: parentOf(item), width: num(item, 'width'), rotation: num(item, 'rotation'), content: str(item, 'content'), style: style(item) as TextItem['style'] };
  const height = num(item, 'height');
  return Object.defineProperty(handle, 'height', {
    enumerable: true,
    get: () => height,
    set: () => {
      throw new BoardRuleError(ruleText.readonly('height'));
    },
  }) as TextItem;
};

const frameHandle = (item: Raw, host: HandleHost): Omit<FrameItem, keyof Methods> => {
  const id = item.id as string;
  return {
    id,
    type: 'frame',
    x: num(item, 'x'),
    y: num(item, 'y'),
    parentId: parentOf(item),
    width: num(item, 'width'),
    height: num(item, 'height'),
    title: str(item, 'title'),
    childrenIds: ids(item.childrenIds),
    style: style(item, FRAME_DEFAULT_STYLE) as FrameItem['style'],
    add: (child) => host.frameAdd(id, child),
    remove: (child) => host.frameRemove(id, child),
    getChildren: () => host.frameChildren(id),
  } as Omit<FrameItem, keyof Methods>;
};

const connectorHandle = (item: Raw): Omit<ConnectorItem, keyof Methods> => ({
  id: item.id as string,
  type: 'connector',
  parentId: parentOf(item),
  start: copyData(item.start) as ConnectorItem['start'],
  end: copyData(item.end) as ConnectorItem['end'],
  shape: str(item, 'shape', 'curved') as ConnectorItem['shape'],
  style: style(item) as ConnectorItem['style'],
});

/** A tag has `sync` only: it holds no metadata. */
const tagHandle = (item: Raw, host: HandleHost): TagItem => {
  const handle = { id: item.id as string, type: 'tag', title: str(item, 'title'), color: str(item, 'color', 'red') as TagItem['color'] } as TagItem;
  handle.sync = () => host.sync(handle);
  return handle;
};

/** The handle's fields, by type; other types come back as data only, like the SDK's `Unsupported`. */
function fieldsOf(item: Raw, host: HandleHost): object {
  switch (item.type) {
    case 'sticky_note':
      return stickyHandle(item);
    case 'shape':
      return shapeHandle(item);
    case 'text':
      return textHandle(item);
    case 'frame':
      return frameHandle(item, host);
    case 'connector':
      return connectorHandle(item);
    default:
      return copyData(item);
  }
}

export function toHandle(item: SnapshotItem, host: HandleHost): BoardItem {
  const raw = item as Raw;
  const handle = (item.type === 'tag' ? tagHandle(raw, host) : addMethods(fieldsOf(raw, host), host, item.id)) as BoardItem;
  // Read-only in the SDK; only on boards that stamp them (see BoardState.stampsModified).
  const { modifiedAt, modifiedBy } = raw;
  if (typeof modifiedAt === 'string') Object.assign(handle, { modifiedAt, modifiedBy });
  return handle;
}
