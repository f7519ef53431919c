// Item objects as the SDK hands them out: a copy of the item's fields plus
// `sync`, `getMetadata`, `setMetadata` (and `add`, `getChildren` on frames).
// Like the real SDK, a handle is a copy: changing it changes nothing on the
// board until `await item.sync()`.
import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type { BoardItem, ConnectorItem, FrameItem, ShapeItem, StickyNoteItem, TagItem, TextItem } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
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

function methods(host: HandleHost, id: string, self: () => BoardItem): Methods {
  return {
    sync: () => host.sync(self()),
    // The SDK declares these as overloads; one implementation serves both.
    getMetadata: ((key?: string) => host.getMetadata(id, key)) as Methods['getMetadata'],
    setMetadata: ((key: string, value: AppDataValue) => host.setMetadata(id, key, value)) as Methods['setMetadata'],
  };
}

const clone = <T>(value: T): T => structuredClone(value);
const record = (item: SnapshotItem): Record<string, unknown> => item as Record<string, unknown>;
const num = (item: SnapshotItem, field: string): number => {
  const value = record(item)[field];
  return typeof value === 'number' ? value : 0;
};
const str = (item: SnapshotItem, field: string, fallback = ''): string => {
  const value = record(item)[field];
  return typeof value === 'string' ? value : fallback;
};
const style = (item: SnapshotItem): Record<string, unknown> => {
  const value = record(item).style;
  return typeof value === 'object' && value !== null ? clone(value as Record<string, unknown>) : {};
};
const parentOf = (item: SnapshotItem): string | null => (typeof item.parentId === 'string' ? item.parentId : null);

interface Parts {
  placed: { id: string; x: number; y: number; parentId: string | null };
  methods: Methods;
}

const sized = (item: SnapshotItem) => ({ width: num(item, 'width'), height: num(item, 'height') });

const stickyHandle = (item: SnapshotItem, { placed, methods }: Parts): StickyNoteItem => ({
  ...placed,
  type: 'sticky_note',
  ...sized(item),
  shape: str(item, 'shape', 'square') === 'rectangle' ? 'rectangle' : 'square',
  content: str(item, 'content'),
  style: { ...STICKY_DEFAULT_STYLE, ...style(item) } as StickyNoteItem['style'],
  tagIds: Array.isArray(record(item).tagIds) ? clone(record(item).tagIds as string[]) : [],
  ...methods,
});

const shapeHandle = (item: SnapshotItem, { placed, methods }: Parts): ShapeItem => ({
  ...placed,
  type: 'shape',
  ...sized(item),
  rotation: num(item, 'rotation'),
  shape: str(item, 'shape', 'rectangle') as ShapeItem['shape'],
  content: str(item, 'content'),
  style: style(item) as ShapeItem['style'],
  ...methods,
});

/** docs/miro-board.md "Geometry": a text's height is computed from its content; setting it throws the documented text. */
const textHandle = (item: SnapshotItem, { placed, methods }: Parts): TextItem => {
  const handle = { ...placed, type: 'text', width: num(item, 'width'), rotation: num(item, 'rotation'), content: str(item, 'content'), style: style(item) as TextItem['style'], ...methods };
  const height = num(item, 'height');
  return Object.defineProperty(handle, 'height', {
    enumerable: true,
    get: () => height,
    set: () => {
      throw new BoardRuleError(ruleText.readonly('height'));
    },
  }) as TextItem;
};

const frameHandle = (item: SnapshotItem, { placed, methods }: Parts, host: HandleHost): FrameItem => ({
  ...placed,
  type: 'frame',
  ...sized(item),
  title: str(item, 'title'),
  childrenIds: Array.isArray(record(item).childrenIds) ? clone(record(item).childrenIds as string[]) : [],
  style: { ...FRAME_DEFAULT_STYLE, ...style(item) } as FrameItem['style'],
  add: (child) => host.frameAdd(item.id, child),
  remove: (child) => host.frameRemove(item.id, child),
  getChildren: () => host.frameChildren(item.id),
  ...methods,
});

const connectorHandle = (item: SnapshotItem, { placed, methods }: Parts): ConnectorItem => ({
  id: item.id,
  type: 'connector',
  parentId: placed.parentId,
  start: clone(record(item).start) as ConnectorItem['start'],
  end: clone(record(item).end) as ConnectorItem['end'],
  shape: str(item, 'shape', 'curved') as ConnectorItem['shape'],
  style: style(item) as ConnectorItem['style'],
  ...methods,
});

const tagHandle = (item: SnapshotItem, { methods }: Parts): TagItem => ({
  id: item.id,
  type: 'tag',
  title: str(item, 'title'),
  color: str(item, 'color', 'red') as TagItem['color'],
  sync: methods.sync,
});

export function toHandle(item: SnapshotItem, host: HandleHost): BoardItem {
  let handle: BoardItem;
  const parts: Parts = {
    placed: { id: item.id, x: num(item, 'x'), y: num(item, 'y'), parentId: parentOf(item) },
    methods: methods(host, item.id, () => handle),
  };
  switch (item.type) {
    case 'sticky_note':
      handle = stickyHandle(item, parts);
      break;
    case 'shape':
      handle = shapeHandle(item, parts);
      break;
    case 'text':
      handle = textHandle(item, parts);
      break;
    case 'frame':
      handle = frameHandle(item, parts, host);
      break;
    case 'connector':
      handle = connectorHandle(item, parts);
      break;
    case 'tag':
      handle = tagHandle(item, parts);
      break;
    default:
      // Items of other types come back as data only, like the SDK's `Unsupported`.
      handle = { ...clone(item), ...parts.methods };
  }
  // Read-only in the SDK; only on boards that stamp them (see BoardState.stampsModified).
  const { modifiedAt, modifiedBy } = record(item);
  if (typeof modifiedAt === 'string') Object.assign(handle, { modifiedAt, modifiedBy });
  return handle;
}
