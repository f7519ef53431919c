// Frames, their children, and what goes when an item is removed.
// MIRO-SDK.md: `frame.add` links a child and does not move it, so its x/y
// become relative to the frame's top-left corner; `childrenIds`,
// `getChildren()` and `parentId` describe the link; removing an item removes
// the connectors attached to it.
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import type { Fields } from './apply.ts';
import { frameOrigin } from '../../snapshot/geometry.ts';
import { BoardRuleError, connectorEndItem, ruleText } from './rules.ts';
import type { ItemStore } from './store.ts';

function storedChildIds(frame: SnapshotItem): string[] {
  const ids = (frame as Fields).childrenIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * A frame's children as `frame.childrenIds` reports them. `parentId` is the
 * truth (a snapshot may carry no or stale `childrenIds`): listed children
 * first, then any other item that names the frame as its parent.
 */
export function childIdsOf(store: ItemStore, frameId: string): string[] {
  const frame = store.get(frameId);
  if (frame === undefined) return [];
  const listed = storedChildIds(frame).filter((id) => store.get(id)?.parentId === frameId);
  const seen = new Set(listed); // a set: a frame.add must not cost more with every child already there
  const others = store.values().filter((item) => item.parentId === frameId && !seen.has(item.id));
  return [...listed, ...others.map((item) => item.id)];
}

/**
 * `frame.getChildren()`. The SDK's order of children is unverified
 * (MIRO-SDK.md: sort by geometry, never by order), so the stricter reading:
 * the reverse of `childrenIds`, which breaks code that relies on any order.
 */
export function childrenOf(store: ItemStore, frameId: string): SnapshotItem[] {
  store.mustGet(frameId);
  return childIdsOf(store, frameId)
    .reverse()
    .flatMap((id) => store.get(id) ?? []);
}

/** `frame.add(child)`: the child keeps its place on the board; its x/y become relative to the frame's top-left corner. */
export function attach(store: ItemStore, frameId: string, childId: string): SnapshotItem {
  const frame = store.mustGet(frameId);
  const child = store.mustGet(childId);
  // The SDK's types let a frame hold any item but a tag; a frame cannot hold itself or a frame around it.
  if (child.type === 'tag') throw new BoardRuleError(ruleText.notAFrameChild(child.type));
  if (encloses(store, childId, frameId)) throw new BoardRuleError(ruleText.frameCycle(childId, frameId));
  const box = store.boxOf(child);
  const frameBox = store.boxOf(frame);
  const origin = frameBox === undefined ? undefined : frameOrigin({ ...frame, x: frameBox.x, y: frameBox.y });
  detach(store, child);
  const next: Fields = { ...child, parentId: frameId };
  if (box !== undefined && origin !== undefined) Object.assign(next, { x: box.x - origin.x, y: box.y - origin.y });
  store.put(next as SnapshotItem);
  const current = store.mustGet(frameId);
  store.put({ ...current, childrenIds: [...childIdsOf(store, frameId).filter((id) => id !== childId), childId] });
  return next as SnapshotItem;
}

/** `frame.remove(child)`: the child stays where it is on the board, no longer the frame's; its x/y become board coordinates. */
export function release(store: ItemStore, frameId: string, childId: string): SnapshotItem {
  const child = store.mustGet(childId);
  if (child.parentId !== frameId) throw new BoardRuleError(ruleText.notAChild(childId, frameId));
  const box = store.boxOf(child);
  detach(store, child);
  const next: Fields = { ...child };
  delete next.parentId;
  if (box !== undefined) Object.assign(next, { x: box.x, y: box.y });
  store.put(next as SnapshotItem);
  return next as SnapshotItem;
}

/** Whether `outerId` is `innerId` or one of the frames around it. */
function encloses(store: ItemStore, outerId: string, innerId: string): boolean {
  const seen = new Set<string>();
  for (let id: unknown = innerId; typeof id === 'string' && !seen.has(id); id = store.get(id)?.parentId) {
    if (id === outerId) return true;
    seen.add(id);
  }
  return false;
}

/** Unlinks `child` from its frame's `childrenIds` (its own fields are the caller's to change). */
function detach(store: ItemStore, child: SnapshotItem): void {
  const parent = typeof child.parentId === 'string' ? store.get(child.parentId) : undefined;
  if (parent?.type !== 'frame' || !Array.isArray((parent as Fields).childrenIds)) return;
  store.put({ ...parent, childrenIds: storedChildIds(parent).filter((id) => id !== child.id) });
}

/**
 * Removes an item and what goes with it: the connectors attached to it, and a
 * frame's children. Whether removing a frame removes its children is not in
 * MIRO-SDK.md (unverified); this board removes them, the stricter reading for
 * code that removes children after their frame (it gets "Item not found"), so
 * remove children first. Removing a tag takes its id off every item.
 * Returns the removed items (the item first).
 */
export function removeWithDependents(store: ItemStore, id: string): SnapshotItem[] {
  const item = store.mustGet(id);
  const removed = [item, ...(item.type === 'frame' ? store.values().filter((other) => other.parentId === id) : [])];
  const removedIds = new Set(removed.map((entry) => entry.id));
  const attached = store.values().filter((other) => other.type === 'connector' && connectorEnds(other).some((end) => removedIds.has(end)));
  removed.push(...attached.filter((connector) => !removedIds.has(connector.id)));
  detach(store, item);
  for (const entry of removed) store.delete(entry.id);
  if (item.type === 'tag') untag(store, id);
  return removed;
}

function connectorEnds(connector: SnapshotItem): string[] {
  return [(connector as Fields).start, (connector as Fields).end].flatMap((end) => connectorEndItem(end) ?? []);
}

function untag(store: ItemStore, tagId: string): void {
  for (const other of store.values()) {
    const tagIds = (other as Fields).tagIds;
    if (Array.isArray(tagIds) && tagIds.includes(tagId)) store.put({ ...other, tagIds: tagIds.filter((entry) => entry !== tagId) } as SnapshotItem);
  }
}
