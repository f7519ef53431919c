// The in-memory board's state and how it changes: items (store.ts), the
// selection, the viewport, notifications, and the events each change fires.
// `MemoryBoard` (memory-board.ts) puts the SDK's surface on top of it.
import type { Rect } from '@mirohq/websdk-types';
import type { BoardItem, OtherItem } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import { copyData } from '../../model/copy-data.ts';
import { inSlices, SLICE_ITEMS } from '../../model/next-task.ts';
import { mergeSynced, type Fields } from './apply.ts';
import { EventHub } from './events.ts';
import { attach, childIdsOf, idsByParent, childrenOf, release, removeWithDependents } from './frames.ts';
import type { CallGate } from './gate.ts';
import { boundsOf, type Box } from '../../snapshot/geometry.ts';
import { toHandle, type HandleHost } from './handles.ts';
import { ItemStore } from './store.ts';
import { BoardRuleError, ruleText } from './rules.ts';
import { DEFAULT_UNVERIFIED, Orderer, syncNotFoundMessage, type Unverified } from './unverified.ts';

export interface NotificationRecord {
  kind: 'info' | 'error';
  message: string;
}

const DEFAULT_VIEWPORT: Rect = { x: -960, y: -540, width: 1920, height: 1080 };

/** Who the in-memory board says made its changes: the app's user, and anyone else (`externalUpdate`). */
export const MEMORY_USER = 'memory-user';
export const OTHER_USER = 'another-user';

export class BoardState {
  readonly notificationLog: NotificationRecord[] = [];
  protected store = new ItemStore();
  protected selection: string[] = [];
  protected viewportRect: Rect = { ...DEFAULT_VIEWPORT };
  protected readonly events = new EventHub();
  /** Item id → how many more syncs fail because another client holds the item. */
  protected readonly locks = new Map<string, number>();
  protected readonly orderer: Orderer;
  /** The user the app's own calls are made as (`modifiedBy` of what it writes). */
  userId = MEMORY_USER;
  /** The name `getUserInfo` reports for that user. */
  userName = 'Demo user';
  /**
   * Whether writes stamp `modifiedAt` / `modifiedBy` as Miro does. Off unless
   * asked (the demo, the review tests): the fault sweeps compare boards item
   * for item before and after a rollback, and a restore is a write too.
   */
  stampsModified = false;
  private readonly host: HandleHost;

  constructor(
    protected readonly gate: CallGate,
    readonly unverified: Unverified = DEFAULT_UNVERIFIED,
  ) {
    this.orderer = new Orderer(unverified.order);
    const call = gate.run.bind(gate);
    this.host = {
      sync: (handle) => call('sync', handle.id, () => this.syncHandle(handle)),
      getMetadata: (id, key) => call('getMetadata', id, () => this.store.readMetadata(id, key)),
      setMetadata: (id, key, value) => call('setMetadata', id, () => this.store.writeMetadata(id, key, value)),
      frameAdd: (frameId, item) => call('frame.add', item.id, () => this.changed(attach(this.store, frameId, item.id))),
      frameRemove: (frameId, item) => call('frame.remove', item.id, () => void this.changed(release(this.store, frameId, item.id))),
      frameChildren: (frameId) => call('frame.getChildren', frameId, () => this.orderer.apply(childrenOf(this.store, frameId)).map((child) => this.handle(child))),
    };
  }

  selectedIds(): string[] {
    return [...this.selection];
  }

  /** Another user deletes an item while the app works. */
  externalRemove(id: string): void {
    this.removeItem(id);
  }

  /** Another user is typing in the item: its next `syncs` syncs fail with "locked by another client". */
  lockItem(id: string, syncs: number): void {
    this.locks.set(id, syncs);
  }

  /** Another user edits an item (moves, recolours, retypes it). No rules, no credits: it is not the app. */
  externalUpdate(id: string, patch: Fields, by = OTHER_USER): void {
    this.changed({ ...this.store.mustGet(id), ...patch, id } as SnapshotItem, by);
  }

  viewportNow(): Rect {
    return { ...this.viewportRect };
  }

  /** Any change at all (storage writes too), for the demo page. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    const handler = () => listener();
    void this.events.on('memory:change', handler);
    return () => void this.events.off('memory:change', handler);
  }

  /** Grows whenever an item is created, changed, restacked or removed: a drawing of `allItems()` is current while it stays the same. */
  itemsVersion(): number {
    return this.store.itemsVersion;
  }

  /**
   * The stored items themselves, in z-order, for reading only: the demo draws
   * them after every change, and copying 60,000 first took a tenth of a second.
   * The board replaces an item when it changes, never changes one in place.
   */
  itemsToRead(): readonly Readonly<SnapshotItem>[] {
    return this.store.values();
  }

  /** A copy of every stored item, in z-order. */
  allItems(): SnapshotItem[] {
    return this.store.values().map((item) => copyData(item));
  }

  item(id: string): SnapshotItem | undefined {
    const item = this.store.get(id);
    return item === undefined ? undefined : copyData(item);
  }

  /** The item's centre and size in board coordinates. */
  absoluteBox(id: string): Box | undefined {
    const item = this.store.get(id);
    return item === undefined ? undefined : this.store.boxOf(item);
  }

  callCount(method?: string): number {
    return method === undefined ? this.gate.calls.length : this.gate.calls.filter((call) => call.method === method).length;
  }

  setViewport(rect: Rect): void {
    this.viewportRect = { ...rect };
    this.events.emit('memory:change', {});
  }

  /** `modifiedAt` / `modifiedBy`, as Miro stamps every item (tags carry none). */
  private stamped<T extends Fields | SnapshotItem>(item: T, by: string): T {
    if (!this.stampsModified || item.type === 'tag') return item;
    return { ...item, modifiedAt: new Date(this.gate.clock.now()).toISOString(), modifiedBy: by };
  }

  protected insert(fields: Fields): BoardItem {
    const handle = this.handle(this.store.insert(this.stamped(fields, this.userId)));
    this.events.emit('items:create', { items: [handle] });
    return handle;
  }

  /** Stores a changed item, stamped as modified by `by`, and tells the listeners; returns its new handle. */
  protected changed(item: SnapshotItem, by = this.userId): BoardItem {
    const stamped = this.stamped(item, by);
    this.store.put(stamped);
    const handle = this.handle(stamped);
    this.events.emit('experimental:items:update', { items: [handle] });
    return handle;
  }

  /** A fresh copy for the app; a frame's `childrenIds` come from its children's `parentId`. */
  protected handle(item: SnapshotItem): BoardItem {
    return toHandle(this.view(item), this.host);
  }

  /**
   * Handles for many items, as the board is now, made a slice a task: this
   * board stands in for Miro's host, whose work does not block the app's page;
   * a 60,000-item `get()` made here in one go was a task of a fifth of a second.
   */
  protected async handles(items: readonly SnapshotItem[]): Promise<BoardItem[]> {
    // Stored items are replaced, never changed in place: these views stay as the board is now.
    const byParent = items.length > SLICE_ITEMS ? idsByParent(this.store) : undefined;
    const views = items.map((item) => this.view(item, byParent));
    const handles: BoardItem[] = [];
    await inSlices(views, (slice) => {
      for (const view of slice) handles.push(toHandle(view, this.host));
    });
    return handles;
  }

  private view(item: SnapshotItem, byParent?: ReadonlyMap<string, readonly string[]>): SnapshotItem {
    return item.type === 'frame' ? { ...item, childrenIds: childIdsOf(this.store, item.id, byParent) } : item;
  }

  protected selectedItems(): BoardItem[] {
    return this.selection.flatMap((id) => {
      const item = this.store.get(id);
      return item === undefined ? [] : [this.handle(item)];
    });
  }

  protected removeItem(id: string): void {
    const removed = removeWithDependents(this.store, { id, withChildren: this.unverified.removeFrameRemovesChildren });
    this.selection = this.selection.filter((selected) => this.store.has(selected));
    this.events.emit('items:delete', { items: removed.map((item) => this.handle(item)) });
  }

  /** `bringToFront` / `sendToBack`: frames are always at the back (docs/miro-board.md "Items"), so they refuse. */
  protected restack({ items, to, method }: { items: OtherItem | OtherItem[]; to: 'front' | 'back'; method: string }): void {
    const list = Array.isArray(items) ? items : [items];
    for (const item of list) {
      if (this.store.mustGet(item.id).type === 'frame') throw new BoardRuleError(ruleText.frameZOrder(method));
    }
    for (const item of list) this.store.restack(item.id, to);
    this.events.emit('memory:change', {});
  }

  protected zoomTo(items: readonly OtherItem[]): void {
    const boxes = items.map((item) => this.store.boxOf(this.store.mustGet(item.id))).filter((box): box is Box => box !== undefined);
    const bounds = boundsOf(boxes);
    if (bounds === undefined) return;
    const margin = Math.max(bounds.width, bounds.height) * 0.1 + 50;
    const { x, y, width, height } = bounds;
    this.setViewport({ x: x - width / 2 - margin, y: y - height / 2 - margin, width: width + 2 * margin, height: height + 2 * margin });
  }

  protected notify(record: NotificationRecord): void {
    this.notificationLog.push(record);
    this.events.emit('memory:change', {});
  }

  private syncHandle(handle: BoardItem): void {
    const stored = this.store.get(handle.id);
    if (stored === undefined) throw new BoardRuleError(syncNotFoundMessage(this.unverified.syncNotFoundText, handle.id));
    const locked = this.locks.get(handle.id) ?? 0;
    if (locked > 0) {
      this.locks.set(handle.id, locked - 1);
      throw new BoardRuleError(ruleText.locked(handle.id));
    }
    const context = { tags: this.store.tags, exists: (id: string) => void this.store.mustGet(id) };
    this.changed(mergeSynced(stored, handle, context));
  }
}
