// The in-memory Miro board: the part of `miro.board` the app calls, with the
// SDK's documented rules, latency, credits, injected failures and a call log.
// It backs the tests, the benchmarks, the CLI and the demo page. The pieces:
// gate.ts (log, latency, failures; credits.ts counts the credits), store.ts
// (items and data), create.ts (new items), apply.ts (sync), frames.ts
// (children, removal), query.ts (get filters), empty-space.ts
// (findEmptySpace), text-height.ts, handles.ts (the item objects handed out),
// state.ts (changes and their events), events.ts, storage.ts (the app's
// storage collections), rules.ts (the texts), unverified.ts (the answers to
// what Miro's reference leaves open, as parameters).
import type { AppData, AppDataValue, DropEvent, Rect, UserInfo } from '@mirohq/websdk-types';
import type { BoardItem, BoardPort, ConnectorItem, ConnectorProps, FrameItem, FrameProps, GetFilter, OtherItem } from '../port.ts';
import type { ShapeItem, ShapeProps, StickyNoteItem, StickyNoteProps, TagItem, TagProps, TextItem, TextProps } from '../port.ts';
import type { BoardSnapshot, SnapshotItem } from '../../snapshot/snapshot.ts';
import { realClock, type Clock } from '../clock.ts';
import { connectorFields, frameFields, shapeFields, stickyFields, tagFields, textFields } from './create.ts';
import { CallGate, type CallRecord, type FailOn } from './gate.ts';
import { matchesFilter } from './query.ts';
import { findEmptySpace, occupiedBoxes } from './empty-space.ts';
import { DEFAULT_UNVERIFIED, type Unverified } from './unverified.ts';
import { BoardRuleError, CREDITS_PER_HOUR, CREDITS_PER_MINUTE, MAX_TAGS_PER_BOARD, ruleText } from './rules.ts';
import { BoardState } from './state.ts';
import { MemoryStorage } from './storage.ts';
import { ItemStore } from './store.ts';

export type { CallRecord } from './gate.ts';
export type { NotificationRecord } from './state.ts';

export interface MemoryBoardOptions {
  /** Milliseconds each call takes (calls overlap, like network round trips). */
  latencyMs?: number;
  clock?: Clock;
  creditsPerMinute?: number;
  creditsPerHour?: number;
  /** Make a call fail: its 1-based index, or a predicate. */
  failOn?: FailOn;
  /** The answers to what docs/miro-board.md leaves unverified (unverified.ts); unset ones take the defaults. */
  unverified?: Partial<Unverified>;
  /** The user the app's calls are made as (`modifiedBy`). */
  userId?: string;
  /** Stamp `modifiedAt` / `modifiedBy` on every write, as Miro does (off by default: see `BoardState.stampsModified`). */
  stampsModified?: boolean;
}

export class MemoryBoard extends BoardState implements BoardPort {
  constructor(options: MemoryBoardOptions = {}) {
    super(
      new CallGate({
        clock: options.clock ?? realClock,
        limits: { perMinute: options.creditsPerMinute ?? CREDITS_PER_MINUTE, perHour: options.creditsPerHour ?? CREDITS_PER_HOUR },
        latencyMs: options.latencyMs ?? 0,
        failOn: options.failOn,
      }),
      { ...DEFAULT_UNVERIFIED, ...options.unverified },
    );
    if (options.userId !== undefined) this.userId = options.userId;
    this.stampsModified = options.stampsModified ?? false;
  }

  /** Every call made, in order (failed ones too). */
  get calls(): CallRecord[] {
    return this.gate.calls;
  }

  get latencyMs(): number {
    return this.gate.latencyMs;
  }

  set latencyMs(value: number) {
    this.gate.latencyMs = value;
  }

  get failOn(): FailOn | undefined {
    return this.gate.failOn;
  }

  set failOn(value: FailOn | undefined) {
    this.gate.failOn = value;
  }

  // ---- BoardPort -------------------------------------------------------------

  createFrame(props: FrameProps): Promise<FrameItem> {
    return this.gate.run('createFrame', undefined, () => this.insert(frameFields(props)) as FrameItem);
  }

  createShape(props: ShapeProps): Promise<ShapeItem> {
    return this.gate.run('createShape', undefined, () => this.insert(shapeFields(props)) as ShapeItem);
  }

  createText(props: TextProps): Promise<TextItem> {
    return this.gate.run('createText', undefined, () => this.insert(textFields(props)) as TextItem);
  }

  createStickyNote(props: StickyNoteProps): Promise<StickyNoteItem> {
    return this.gate.run('createStickyNote', undefined, () => this.insert(stickyFields(props, this.store.tags)) as StickyNoteItem);
  }

  createTag(props: TagProps): Promise<TagItem> {
    return this.gate.run('createTag', undefined, () => {
      const fields = tagFields(props, this.store.tags);
      if (this.store.values().filter((item) => item.type === 'tag').length >= MAX_TAGS_PER_BOARD) throw new BoardRuleError(ruleText.tagsPerBoard);
      return this.insert(fields) as TagItem;
    });
  }

  createConnector(props: ConnectorProps): Promise<ConnectorItem> {
    return this.gate.run('createConnector', undefined, () => this.insert(connectorFields(props, (id) => this.store.mustGet(id))) as ConnectorItem);
  }

  get(filter?: GetFilter): Promise<BoardItem[]> {
    return this.gate.run('get', undefined, () => this.orderer.apply(this.matching(filter))).then((items) => this.handles(items));
  }

  getById(id: string): Promise<BoardItem> {
    return this.gate.run('getById', id, () => {
      const item = this.store.get(id);
      if (item === undefined) throw new BoardRuleError(ruleText.getByIdNotFound(id));
      return this.handle(item);
    });
  }

  getSelection(): Promise<BoardItem[]> {
    return this.gate.run('getSelection', undefined, () => this.selectedItems());
  }

  remove(item: OtherItem): Promise<void> {
    return this.gate.run('remove', item.id, () => {
      if (!this.store.has(item.id)) throw new BoardRuleError(ruleText.cannotRemove(item.type, item.id));
      this.removeItem(item.id);
    });
  }

  findEmptySpace(asked: Rect & { offset?: number }): Promise<Rect> {
    return this.gate.run('findEmptySpace', undefined, () => findEmptySpace(occupiedBoxes(this.store.values()), asked));
  }

  bringToFront(items: OtherItem | OtherItem[]): Promise<void> {
    return this.gate.run('bringToFront', undefined, () => this.restack({ items, to: 'front', method: 'bringToFront' }));
  }

  sendToBack(items: OtherItem | OtherItem[]): Promise<void> {
    return this.gate.run('sendToBack', undefined, () => this.restack({ items, to: 'back', method: 'sendToBack' }));
  }

  getUserInfo(): Promise<UserInfo> {
    return this.gate.run('getUserInfo', undefined, () => ({ id: this.userId, name: this.userName }));
  }

  getAppData(key: string): Promise<AppDataValue> {
    return this.gate.run('getAppData', undefined, () => this.store.readAppData(key));
  }

  setAppData(key: string, value: AppDataValue): Promise<AppData> {
    return this.gate.run('setAppData', undefined, () => this.store.writeAppData(key, value));
  }

  readonly storage: BoardPort['storage'] = new MemoryStorage(this.gate, () => this.store.storage, () => this.events.emit('memory:change', {}));

  readonly viewport: BoardPort['viewport'] = {
    get: () => this.gate.run('viewport.get', undefined, () => ({ ...this.viewportRect })),
    zoomTo: (items) => this.gate.run('viewport.zoomTo', undefined, () => this.zoomTo(Array.isArray(items) ? items : [items])),
  };

  readonly notifications: BoardPort['notifications'] = {
    showInfo: (message) => this.gate.run('notifications.showInfo', undefined, () => this.notify({ kind: 'info', message })),
    showError: (message) => this.gate.run('notifications.showError', undefined, () => this.notify({ kind: 'error', message })),
  };

  readonly ui: BoardPort['ui'] = {
    on: ((event: string, handler: (payload: unknown) => void) => this.events.on(event, handler)) as BoardPort['ui']['on'],
    off: ((event: string, handler: (payload: unknown) => void) => this.events.off(event, handler)) as BoardPort['ui']['off'],
  };

  // ---- Beyond the SDK: what tests, the demo and the CLI drive ---------------

  /**
   * With ids: selects items as a person clicking on the board would (not an
   * SDK call). With a filter, or none (every item): the SDK's `select`, which
   * adds to or replaces the selection as `unverified.selectAdds` says. An
   * unknown id throws (docs/miro-board.md "Items"). Both fire `selection:update`.
   */
  select(ids: readonly string[]): void;
  select(filter?: GetFilter): Promise<BoardItem[]>;
  select(target?: readonly string[] | GetFilter): void | Promise<BoardItem[]> {
    if (Array.isArray(target)) {
      this.selectIds(target);
      return;
    }
    const filter = target as GetFilter | undefined;
    return this.gate.run('select', undefined, () => {
      const found = this.matchingStrict(filter).map((item) => item.id);
      this.selectIds(this.unverified.selectAdds ? [...new Set([...this.selection, ...found])] : found);
      return this.selectedItems();
    });
  }

  /** `deselect(filter)`; with no filter, every item. Returns what it deselected. */
  deselect(filter?: GetFilter): Promise<BoardItem[]> {
    return this.gate.run('deselect', undefined, () => {
      const found = new Set(this.matchingStrict(filter).map((item) => item.id));
      const dropped = this.selection.filter((id) => found.has(id));
      this.selectIds(this.selection.filter((id) => !found.has(id)));
      return dropped.flatMap((id) => this.store.get(id) ?? []).map((item) => this.handle(item));
    });
  }

  /** The stored items `get(filter)` finds, in z-order; `get({ tags })` is refused (unverified.ts). */
  private matching(filter: GetFilter | undefined): SnapshotItem[] {
    if (filter !== undefined && 'tags' in filter && filter.tags !== undefined) throw new BoardRuleError(ruleText.tagsFilter);
    return this.store.values().filter((item) => matchesFilter(item, filter));
  }

  /** `matching`, throwing on an id that is not on the board (select and deselect do). */
  private matchingStrict(filter: GetFilter | undefined): SnapshotItem[] {
    if (filter !== undefined && 'id' in filter) {
      const missing = (Array.isArray(filter.id) ? filter.id : [filter.id]).find((id) => !this.store.has(id));
      if (missing !== undefined) throw new BoardRuleError(ruleText.notFound(missing));
    }
    return this.matching(filter);
  }

  private selectIds(ids: readonly string[]): void {
    this.selection = ids.filter((id) => this.store.has(id));
    this.events.emit('selection:update', { items: this.selectedItems() });
  }

  /** A person drops a `miro-draggable` element from the panel at board point x, y (the SDK's `drop` event). */
  drop(event: DropEvent): void {
    this.events.emit('drop', event);
  }

  /** The storage collections as they are now (a copy). */
  storageNow(): NonNullable<BoardSnapshot['storage']> {
    return this.store.storageCopy();
  }

  toSnapshot(): BoardSnapshot {
    return this.store.toSnapshot();
  }

  static fromSnapshot(snapshot: BoardSnapshot, options: MemoryBoardOptions = {}): MemoryBoard {
    const board = new MemoryBoard(options);
    board.store = ItemStore.fromSnapshot(snapshot);
    return board;
  }
}
