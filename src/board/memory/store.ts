// What the in-memory board holds: its items (in z-order), each item's app
// metadata and the board's app data, with the SDK's size limits on the data.
// No events, no credits: the board class around it does those.
import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import { SNAPSHOT_VERSION, type BoardSnapshot, type Json, type SnapshotItem } from '../../snapshot/snapshot.ts';
import type { Fields, TagRegistry } from './apply.ts';
import { copyData } from '../../model/copy-data.ts';
import { absoluteBox, type Box } from '../../snapshot/geometry.ts';
import { BoardRuleError, MAX_APP_DATA_BYTES, MAX_ITEM_METADATA_BYTES, jsonBytes, ruleText } from './rules.ts';

/** The supported item types that hold metadata: every one but frames and groups (and types the SDK does not support). */
const METADATA_TYPES = new Set(['sticky_note', 'shape', 'text', 'connector', 'card', 'app_card', 'image', 'embed', 'preview', 'document']);

export class ItemStore {
  private readonly items = new Map<string, SnapshotItem>(); // insertion order is z-order
  private readonly metadata = new Map<string, AppData>();
  // Undefined until the app sets some (or a snapshot brings some), so a snapshot round trip is exact.
  private appData: AppData | undefined;
  /** The app's storage collections: name → key → value (`storage.ts` hands them out). */
  readonly storage = new Map<string, Map<string, Json>>();
  private nextId = 1;
  /** Counts changes to the items (not metadata, storage or the view), so a drawing of them knows when it is stale. */
  private itemChanges = 0;
  // Ids of deleted items: Miro never hands an id out twice, and code must not be able to rely on reuse.
  private readonly retiredIds = new Set<string>();

  readonly tags: TagRegistry = {
    hasTag: (id) => this.items.get(id)?.type === 'tag',
    titleTakenBy: (title) => this.values().find((item) => item.type === 'tag' && (item as Fields).title === title)?.id,
  };

  static fromSnapshot(snapshot: BoardSnapshot): ItemStore {
    const store = new ItemStore();
    for (const item of snapshot.items) store.items.set(item.id, copyData(item));
    for (const [id, data] of Object.entries(snapshot.metadata)) store.metadata.set(id, structuredClone(data));
    if (snapshot.appData !== undefined) store.appData = structuredClone(snapshot.appData);
    for (const [name, values] of Object.entries(snapshot.storage ?? {})) {
      store.storage.set(name, new Map(Object.entries(structuredClone(values))));
    }
    return store;
  }

  toSnapshot(): BoardSnapshot {
    // fromEntries defines own properties: an item with id "__proto__" keeps its metadata.
    const metadata: BoardSnapshot['metadata'] = Object.fromEntries([...this.metadata].map(([id, data]) => [id, structuredClone(data) as Record<string, Json>]));
    const snapshot: BoardSnapshot = { version: SNAPSHOT_VERSION, items: this.values().map((item) => copyData(item)), metadata };
    if (this.appData !== undefined) snapshot.appData = structuredClone(this.appData) as Record<string, Json>;
    if (this.storage.size > 0) snapshot.storage = this.storageCopy();
    return snapshot;
  }

  /** A copy of the storage collections alone: the demo keeps them after every change, and copying the items too took a second on a big board. */
  storageCopy(): NonNullable<BoardSnapshot['storage']> {
    return Object.fromEntries([...this.storage].map(([name, values]) => [name, Object.fromEntries(structuredClone([...values]))]));
  }

  get itemsVersion(): number {
    return this.itemChanges;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  /** The stored item itself (not a copy): callers outside the board get copies. */
  get(id: string): SnapshotItem | undefined {
    return this.items.get(id);
  }

  mustGet(id: string): SnapshotItem {
    const item = this.items.get(id);
    if (item === undefined) throw new BoardRuleError(ruleText.notFound(id));
    return item;
  }

  values(): SnapshotItem[] {
    return [...this.items.values()];
  }

  /** Stores a new item under a fresh id, shaped like the SDK's ids. */
  insert(fields: Fields): SnapshotItem {
    let id: string;
    do id = `3458764${String(this.nextId++).padStart(12, '0')}`;
    while (this.items.has(id) || this.retiredIds.has(id));
    const item = { id, parentId: null, ...fields } as SnapshotItem;
    this.items.set(id, item);
    this.itemChanges++;
    return item;
  }

  /** Replaces a stored item, keeping its place in the z-order. */
  put(item: SnapshotItem): void {
    this.items.set(item.id, item);
    this.itemChanges++;
  }

  /** Moves an item to the top or the bottom of the z-order (the store's order is the z-order). */
  restack(id: string, to: 'front' | 'back'): void {
    const item = this.mustGet(id);
    this.itemChanges++;
    this.items.delete(id);
    if (to === 'front') return void this.items.set(id, item);
    const rest = [...this.items];
    this.items.clear();
    for (const [key, value] of [[id, item] as const, ...rest]) this.items.set(key, value);
  }

  delete(id: string): void {
    this.retiredIds.add(id);
    this.itemChanges++;
    this.items.delete(id);
    this.metadata.delete(id);
  }

  /** The item's centre and size in board coordinates. */
  boxOf(item: SnapshotItem): Box | undefined {
    return absoluteBox(item, (id) => this.items.get(id));
  }

  /** docs/miro-board.md "Metadata and storage": not on frames, groups and unsupported items, although the types allow the call. */
  private metadataHolder(id: string): void {
    const item = this.mustGet(id);
    if (!METADATA_TYPES.has(item.type)) throw new BoardRuleError(ruleText.metadataUnavailable(item.type));
  }

  readMetadata(id: string, key?: string): AppData | AppDataValue {
    this.metadataHolder(id);
    const data = this.metadata.get(id) ?? {};
    return structuredClone(key === undefined ? data : (data[key] ?? null));
  }

  writeMetadata(id: string, key: string, value: AppDataValue): AppData {
    this.metadataHolder(id);
    const next = { ...this.metadata.get(id), [key]: structuredClone(value) };
    const bytes = jsonBytes(next);
    if (bytes > MAX_ITEM_METADATA_BYTES) throw new BoardRuleError(ruleText.itemMetadata(bytes));
    this.metadata.set(id, next);
    return structuredClone(next);
  }

  readAppData(key: string): AppDataValue {
    return structuredClone(this.appData?.[key] ?? null);
  }

  writeAppData(key: string, value: AppDataValue): AppData {
    const next = { ...this.appData, [key]: structuredClone(value) };
    const bytes = jsonBytes(next);
    if (bytes > MAX_APP_DATA_BYTES) throw new BoardRuleError(ruleText.appData(bytes));
    this.appData = next;
    return structuredClone(next);
  }
}
