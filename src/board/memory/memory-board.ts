// The in-memory Miro board: the part of `miro.board` this app calls, with the
// SDK's documented rules, latency, credits, injected failures and a call log.
// It backs the tests, the benchmarks, the CLI and the demo page.
import type { AppData, AppDataValue, Rect } from '@mirohq/websdk-types';
import type {
  BoardItem,
  BoardPort,
  ConnectorItem,
  ConnectorProps,
  FrameItem,
  FrameProps,
  GetFilter,
  OtherItem,
  ShapeItem,
  ShapeProps,
  StickyNoteItem,
  StickyNoteProps,
  TagItem,
  TagProps,
  TextItem,
  TextProps,
} from '../port.ts';
import { SNAPSHOT_VERSION, type BoardSnapshot, type Json, type SnapshotItem } from '../snapshot.ts';
import { checkFrameSize, checkPosition, checkTag, checkTagIds, mergeSynced, stickySize, type TagRegistry } from './apply.ts';
import { realClock, type Clock } from './clock.ts';
import { CreditMeter } from './credits.ts';
import { EventHub } from './events.ts';
import { absoluteBox, boundsOf, frameOrigin, type Box } from './geometry.ts';
import { toHandle, type HandleHost } from './handles.ts';
import {
  BoardRuleError,
  checkContent,
  checkStickyColor,
  CREDITS_PER_HOUR,
  CREDITS_PER_MINUTE,
  MAX_APP_DATA_BYTES,
  MAX_ITEM_METADATA_BYTES,
  MAX_TAGS_PER_BOARD,
  jsonBytes,
  ruleText,
} from './rules.ts';

export interface CallRecord {
  index: number; // 1-based, in the order calls were made
  method: string;
  itemId?: string;
}

export interface MemoryBoardOptions {
  /** Milliseconds each call takes (calls overlap, like network round trips). */
  latencyMs?: number;
  clock?: Clock;
  creditsPerMinute?: number;
  creditsPerHour?: number;
  /** Make a call fail: its 1-based index, or a predicate. */
  failOn?: number | ((call: CallRecord) => boolean);
}

export interface NotificationRecord {
  kind: 'info' | 'error';
  message: string;
}

type Fields = Record<string, unknown>;

const DEFAULT_VIEWPORT: Rect = { x: -960, y: -540, width: 1920, height: 1080 };

export class MemoryBoard implements BoardPort {
  readonly calls: CallRecord[] = [];
  readonly notificationLog: NotificationRecord[] = [];
  latencyMs: number;
  failOn: MemoryBoardOptions['failOn'];

  private readonly items = new Map<string, SnapshotItem>(); // insertion order is z-order
  private readonly metadata = new Map<string, AppData>();
  private appData: AppData = {};
  private selection: string[] = [];
  private viewportRect: Rect = { ...DEFAULT_VIEWPORT };
  private nextId = 1;
  private readonly clock: Clock;
  private readonly credits: CreditMeter;
  private readonly events = new EventHub();
  private readonly host: HandleHost;
  private readonly tags: TagRegistry;

  constructor(options: MemoryBoardOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.failOn = options.failOn;
    this.clock = options.clock ?? realClock;
    this.credits = new CreditMeter(this.clock, {
      perMinute: options.creditsPerMinute ?? CREDITS_PER_MINUTE,
      perHour: options.creditsPerHour ?? CREDITS_PER_HOUR,
    });
    this.host = {
      sync: (handle) => this.call('sync', handle.id, () => this.syncHandle(handle)),
      getMetadata: (id, key) => this.call('getMetadata', id, () => this.readMetadata(id, key)),
      setMetadata: (id, key, value) => this.call('setMetadata', id, () => this.writeMetadata(id, key, value)),
      frameAdd: (frameId, item) => this.call('frame.add', item.id, () => this.attach(frameId, item.id)),
      frameChildren: (frameId) => this.call('frame.getChildren', frameId, () => this.childrenOf(frameId)),
    };
    this.tags = {
      hasTag: (id) => this.items.get(id)?.type === 'tag',
      titleTakenBy: (title) => [...this.items.values()].find((item) => item.type === 'tag' && (item as Fields).title === title)?.id,
    };
  }

  // ---- BoardPort: creating items -------------------------------------------

  createFrame(props: FrameProps): Promise<FrameItem> {
    return this.call('createFrame', undefined, () => {
      checkPosition(props);
      const width = props.width ?? 800;
      const height = props.height ?? 600;
      checkFrameSize(width, height);
      return this.insert({ type: 'frame', title: props.title ?? '', x: props.x ?? 0, y: props.y ?? 0, width, height, childrenIds: [], style: { fillColor: '#ffffff', ...props.style } }) as FrameItem;
    });
  }

  createShape(props: ShapeProps): Promise<ShapeItem> {
    return this.call('createShape', undefined, () => {
      checkPosition(props);
      checkContent(props.content);
      return this.insert({ type: 'shape', shape: props.shape ?? 'rectangle', x: props.x ?? 0, y: props.y ?? 0, width: props.width ?? 100, height: props.height ?? 100, content: props.content ?? '', style: { ...props.style } }) as ShapeItem;
    });
  }

  createText(props: TextProps): Promise<TextItem> {
    return this.call('createText', undefined, () => {
      checkPosition(props);
      checkContent(props.content);
      const width = props.width ?? 300;
      const fontSize = props.style?.fontSize ?? 14;
      const lines = Math.max(1, Math.ceil(((props.content ?? '').length * fontSize * 0.55) / width));
      return this.insert({ type: 'text', x: props.x ?? 0, y: props.y ?? 0, width, height: Math.round(lines * fontSize * 1.4), content: props.content ?? '', style: { ...props.style } }) as TextItem;
    });
  }

  createStickyNote(props: StickyNoteProps): Promise<StickyNoteItem> {
    return this.call('createStickyNote', undefined, () => {
      checkPosition(props);
      checkContent(props.content);
      checkStickyColor(props.style?.fillColor);
      const shape = props.shape === 'rectangle' ? 'rectangle' : 'square';
      const size = stickySize(shape, props.width, props.height);
      const tagIds = checkTagIds(props.tagIds, this.tags);
      const style = { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle', ...props.style };
      return this.insert({ type: 'sticky_note', shape, x: props.x ?? 0, y: props.y ?? 0, ...size, content: props.content ?? '', style, tagIds }) as StickyNoteItem;
    });
  }

  createTag(props: TagProps): Promise<TagItem> {
    return this.call('createTag', undefined, () => {
      const tag = checkTag(props, this.tags);
      if (this.allItems().filter((item) => item.type === 'tag').length >= MAX_TAGS_PER_BOARD) throw new BoardRuleError(ruleText.tagsPerBoard);
      return this.insert({ type: 'tag', ...tag }) as TagItem;
    });
  }

  createConnector(props: ConnectorProps): Promise<ConnectorItem> {
    return this.call('createConnector', undefined, () => {
      const startId = props.start?.item;
      const endId = props.end?.item;
      if (startId === undefined || endId === undefined) throw new BoardRuleError(ruleText.connectorEnds);
      this.mustGet(startId);
      this.mustGet(endId);
      return this.insert({ type: 'connector', shape: props.shape ?? 'curved', start: { ...props.start }, end: { ...props.end }, style: { ...props.style } }) as ConnectorItem;
    });
  }

  // ---- BoardPort: reading, removing, data ----------------------------------

  get(filter?: GetFilter): Promise<BoardItem[]> {
    return this.call('get', undefined, () => this.allItems().filter((item) => this.matches(item, filter)).map((item) => this.handle(item)));
  }

  getById(id: string): Promise<BoardItem> {
    return this.call('getById', id, () => this.handle(this.mustGet(id)));
  }

  getSelection(): Promise<BoardItem[]> {
    return this.call('getSelection', undefined, () => this.selectedItems());
  }

  remove(item: OtherItem): Promise<void> {
    return this.call('remove', item.id, () => this.removeItem(item.id));
  }

  getAppData(key: string): Promise<AppDataValue> {
    return this.call('getAppData', undefined, () => structuredClone(this.appData[key] ?? null));
  }

  setAppData(key: string, value: AppDataValue): Promise<AppData> {
    return this.call('setAppData', undefined, () => {
      const next = { ...this.appData, [key]: structuredClone(value) };
      const bytes = jsonBytes(next);
      if (bytes > MAX_APP_DATA_BYTES) throw new BoardRuleError(ruleText.appData(bytes));
      this.appData = next;
      return structuredClone(next);
    });
  }

  readonly viewport: BoardPort['viewport'] = {
    get: () => this.call('viewport.get', undefined, () => ({ ...this.viewportRect })),
    zoomTo: (items) =>
      this.call('viewport.zoomTo', undefined, () => {
        const list = Array.isArray(items) ? items : [items];
        const bounds = boundsOf(list.map((item) => this.boxOf(this.mustGet(item.id))).filter((box): box is Box => box !== undefined));
        if (bounds === undefined) return;
        const margin = Math.max(bounds.width, bounds.height) * 0.1 + 50;
        this.setViewport({ x: bounds.x - bounds.width / 2 - margin, y: bounds.y - bounds.height / 2 - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin });
      }),
  };

  readonly notifications: BoardPort['notifications'] = {
    showInfo: (message) => this.call('notifications.showInfo', undefined, () => this.notify({ kind: 'info', message })),
    showError: (message) => this.call('notifications.showError', undefined, () => this.notify({ kind: 'error', message })),
  };

  readonly ui: BoardPort['ui'] = {
    on: ((event: string, handler: (payload: unknown) => void) => this.events.on(event, handler)) as BoardPort['ui']['on'],
    off: ((event: string, handler: (payload: unknown) => void) => this.events.off(event, handler)) as BoardPort['ui']['off'],
  };

  // ---- Beyond the SDK: what tests, the demo and the CLI drive ---------------

  /** Selects items as a person clicking on the board would; fires `selection:update`. */
  select(ids: readonly string[]): void {
    this.selection = ids.filter((id) => this.items.has(id));
    this.events.emit('selection:update', { items: this.selectedItems() });
  }

  selectedIds(): string[] {
    return [...this.selection];
  }

  /** Another user deletes an item while the app works. */
  externalRemove(id: string): void {
    this.removeItem(id);
  }

  /** Another user edits an item (moves, recolours, retypes it). No rules, no credits: it is not the app. */
  externalUpdate(id: string, patch: Fields): void {
    const stored = this.mustGet(id);
    this.items.set(id, { ...stored, ...patch } as SnapshotItem);
    this.events.emit('experimental:items:update', { items: [this.handle(this.mustGet(id))] });
  }

  setViewport(rect: Rect): void {
    this.viewportRect = { ...rect };
    this.events.emit('memory:change', {});
  }

  viewportNow(): Rect {
    return { ...this.viewportRect };
  }

  /** Any change at all, for the demo page's drawing. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    const handler = () => listener();
    this.events.on('memory:change', handler);
    return () => this.events.off('memory:change', handler);
  }

  /** A copy of every stored item, in z-order. */
  allItems(): SnapshotItem[] {
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  item(id: string): SnapshotItem | undefined {
    const item = this.items.get(id);
    return item === undefined ? undefined : structuredClone(item);
  }

  /** The item's centre and size in board coordinates. */
  absoluteBox(id: string): Box | undefined {
    const item = this.items.get(id);
    return item === undefined ? undefined : this.boxOf(item);
  }

  callCount(method?: string): number {
    return method === undefined ? this.calls.length : this.calls.filter((call) => call.method === method).length;
  }

  toSnapshot(): BoardSnapshot {
    const metadata: BoardSnapshot['metadata'] = {};
    for (const [id, data] of this.metadata) metadata[id] = structuredClone(data) as Record<string, Json>;
    const snapshot: BoardSnapshot = { version: SNAPSHOT_VERSION, items: this.allItems(), metadata };
    if (Object.keys(this.appData).length > 0) snapshot.appData = structuredClone(this.appData) as Record<string, Json>;
    return snapshot;
  }

  static fromSnapshot(snapshot: BoardSnapshot, options: MemoryBoardOptions = {}): MemoryBoard {
    const board = new MemoryBoard(options);
    for (const item of snapshot.items) board.items.set(item.id, structuredClone(item));
    for (const [id, data] of Object.entries(snapshot.metadata)) board.metadata.set(id, structuredClone(data));
    board.appData = structuredClone(snapshot.appData ?? {});
    return board;
  }

  // ---- Inside ---------------------------------------------------------------

  /** Every SDK call goes through here: logged, maybe failed, charged, delayed, then run. */
  private async call<T>(method: string, itemId: string | undefined, run: () => T): Promise<T> {
    const record: CallRecord = { index: this.calls.length + 1, method, ...(itemId === undefined ? {} : { itemId }) };
    this.calls.push(record);
    const failOn = this.failOn;
    const injected = typeof failOn === 'number' ? failOn === record.index : failOn?.(record) === true;
    if (injected) throw new BoardRuleError(ruleText.injected(record.index, method));
    this.credits.spend();
    if (this.latencyMs > 0) await this.clock.sleep(this.latencyMs);
    return run();
  }

  private insert(fields: Fields): BoardItem {
    const id = this.freshId();
    const item = { id, parentId: null, ...fields } as SnapshotItem;
    this.items.set(id, item);
    const handle = this.handle(item);
    this.events.emit('items:create', { items: [handle] });
    return handle;
  }

  private freshId(): string {
    let id: string;
    do id = `3458764${String(this.nextId++).padStart(12, '0')}`;
    while (this.items.has(id));
    return id;
  }

  private handle(item: SnapshotItem): BoardItem {
    return toHandle(item, this.host);
  }

  private mustGet(id: string): SnapshotItem {
    const item = this.items.get(id);
    if (item === undefined) throw new BoardRuleError(ruleText.notFound(id));
    return item;
  }

  private boxOf(item: SnapshotItem): Box | undefined {
    return absoluteBox(item, (id) => this.items.get(id));
  }

  private matches(item: SnapshotItem, filter: GetFilter | undefined): boolean {
    if (filter === undefined) return true;
    if ('id' in filter) return ([] as string[]).concat(filter.id).includes(item.id);
    if (filter.type !== undefined && !([] as string[]).concat(filter.type).includes(item.type)) return false;
    if (filter.tags !== undefined) {
      // Unverified whether the SDK filters by tag id or title: this board accepts either.
      const wanted = ([] as string[]).concat(filter.tags);
      const tagIds = Array.isArray((item as Fields).tagIds) ? ((item as Fields).tagIds as string[]) : [];
      return tagIds.some((id) => wanted.includes(id) || wanted.includes(String((this.items.get(id) as Fields | undefined)?.title)));
    }
    return true;
  }

  private selectedItems(): BoardItem[] {
    return this.selection.flatMap((id) => {
      const item = this.items.get(id);
      return item === undefined ? [] : [this.handle(item)];
    });
  }

  private syncHandle(handle: BoardItem): void {
    const stored = this.mustGet(handle.id);
    this.items.set(handle.id, mergeSynced(stored, handle, this.tags));
    this.events.emit('experimental:items:update', { items: [this.handle(this.mustGet(handle.id))] });
  }

  private readMetadata(id: string, key?: string): AppData | AppDataValue {
    this.mustGet(id);
    const data = this.metadata.get(id) ?? {};
    return structuredClone(key === undefined ? data : (data[key] ?? null));
  }

  private writeMetadata(id: string, key: string, value: AppDataValue): AppData {
    this.mustGet(id);
    const next = { ...this.metadata.get(id), [key]: structuredClone(value) };
    const bytes = jsonBytes(next);
    if (bytes > MAX_ITEM_METADATA_BYTES) throw new BoardRuleError(ruleText.itemMetadata(bytes));
    this.metadata.set(id, next);
    return structuredClone(next);
  }

  /** `frame.add`: the child keeps its place on the board; its x/y become relative to the frame's top-left corner. */
  private attach(frameId: string, childId: string): BoardItem {
    const frame = this.mustGet(frameId);
    const child = this.mustGet(childId);
    if (child.type === 'tag' || child.id === frameId) throw new BoardRuleError(ruleText.notAFrameChild(child.type));
    const box = this.boxOf(child);
    const origin = frameOrigin(frame);
    this.detachFromParent(child);
    const next: Fields = { ...child, parentId: frameId };
    if (box !== undefined && origin !== undefined) Object.assign(next, { x: box.x - origin.x, y: box.y - origin.y });
    this.items.set(childId, next as SnapshotItem);
    const childrenIds = this.childIdsOf(frame);
    this.items.set(frameId, { ...frame, childrenIds: [...childrenIds.filter((id) => id !== childId), childId] });
    const handle = this.handle(next as SnapshotItem);
    this.events.emit('experimental:items:update', { items: [handle] });
    return handle;
  }

  private detachFromParent(child: SnapshotItem): void {
    const parent = typeof child.parentId === 'string' ? this.items.get(child.parentId) : undefined;
    if (parent?.type === 'frame') this.items.set(parent.id, { ...parent, childrenIds: this.childIdsOf(parent).filter((id) => id !== child.id) });
  }

  private childIdsOf(frame: SnapshotItem): string[] {
    const ids = (frame as Fields).childrenIds;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  }

  private childrenOf(frameId: string): BoardItem[] {
    this.mustGet(frameId);
    return this.allItems().filter((item) => item.parentId === frameId).map((item) => this.handle(item));
  }

  /**
   * Removes an item, what Miro removes with it (a frame's children: unverified,
   * see MIRO-SDK.md; connectors attached to it), and its id from tags' holders.
   */
  private removeItem(id: string): void {
    const item = this.mustGet(id);
    const removed = [item];
    if (item.type === 'frame') removed.push(...[...this.items.values()].filter((other) => other.parentId === id));
    const removedIds = new Set(removed.map((entry) => entry.id));
    for (const other of this.items.values()) {
      const fields = other as Fields;
      if (other.type === 'connector' && (removedIds.has(String(fieldsOf(fields.start).item)) || removedIds.has(String(fieldsOf(fields.end).item)))) removed.push(other);
    }
    const handles = removed.map((entry) => this.handle(entry));
    this.detachFromParent(item);
    for (const entry of removed) {
      this.items.delete(entry.id);
      this.metadata.delete(entry.id);
    }
    if (item.type === 'tag') this.untag(id);
    this.selection = this.selection.filter((selected) => this.items.has(selected));
    this.events.emit('items:delete', { items: handles });
  }

  private untag(tagId: string): void {
    for (const [id, other] of this.items) {
      const tagIds = (other as Fields).tagIds;
      if (Array.isArray(tagIds) && tagIds.includes(tagId)) this.items.set(id, { ...other, tagIds: tagIds.filter((entry) => entry !== tagId) } as SnapshotItem);
    }
  }

  private notify(record: NotificationRecord): void {
    this.notificationLog.push(record);
    this.events.emit('memory:change', {});
  }
}

function fieldsOf(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}
