// Frames, their children, and what goes when an item is removed.
// docs/miro-board.md: `frame.add` links a child and does not move it, so its x/y
// become relative to the frame's top-left corner; `childrenIds`,
// `getChildren()` and `parentId` describe the link; removing an item removes
// the connectors attached to it.
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import type { Fields } from './apply.ts';
import { frameOrigin } from '../../snapshot/geometry.ts';
import { BoardRuleError, connectorEndItem, ruleText } from './rules.ts';
import type { ItemStore } from './store.ts';
import type { Box } from '../../snapshot/geometry.ts';
import { append } from '../../model/arrays.ts';

function storedChildIds(frame: SnapshotItem): string[] {
  const ids = (frame as Fields).childrenIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * A frame's children as `frame.childrenIds` reports them. `parentId` is the
 * truth (a snapshot may carry no or stale `childrenIds`): listed children
 * first, then any other item that names the frame as its parent.
 */
export function childIdsOf(store: ItemStore, frameId: string, byParent?: ReadonlyMap<string, readonly string[]>): string[] {
  const frame = store.get(frameId);
  if (frame === undefined) return [];
  const listed = storedChildIds(frame).filter((id) => store.get(id)?.parentId === frameId);
  const seen = new Set(listed); // a set: a frame.add must not cost more with every child already there
  const named = byParent?.get(frameId) ?? store.values().flatMap((item) => (item.parentId === frameId ? [item.id] : []));
  return [...listed, ...named.filter((id) => !seen.has(id))];
}

/** The ids of the items naming each parent, in z-order: one pass for a read of many frames, not one a frame. */
export function idsByParent(store: ItemStore): Map<string, string[]> {
  const byParent = new Map<string, string[]>();
  for (const item of store.values()) {
    if (typeof item.parentId !== 'string') continue;
    const ids = byParent.get(item.parentId);
    if (ids === undefined) byParent.set(item.parentId, [item.id]);
    else ids.push(item.id);
  }
  return byParent;
}

/** `frame.getChildren()`, in `childrenIds` order (the board's `Orderer` shuffles it when asked: the order is unverified). */
export function childrenOf(store: ItemStore, frameId: string): SnapshotItem[] {
  store.mustGet(frameId);
  return childIdsOf(store, frameId).flatMap((id) => store.get(id) ?? []);
}

/**
 * docs/miro-board.md "Items": `frame.add` needs the item to lie inside the frame.
 * Whether "inside" means its centre or its whole box is not said: this board
 * asks for the centre (the writer keeps whole items inside either way).
 */
function checkInside(child: Box | undefined, frame: Box | undefined, childId: string): void {
  if (child === undefined || frame === undefined) return;
  const inside = (axis: 'x' | 'y', side: 'width' | 'height') => Math.abs(child[axis] - frame[axis]) <= frame[side] / 2;
  if (!inside('x', 'width') || !inside('y', 'height')) throw new BoardRuleError(ruleText.notInsideFrame(childId));
}

/** `frame.add(child)`: the child keeps its place on the board; its x/y become relative to the frame's top-left corner. */
export function attach(store: ItemStore, frameId: string, childId: string): SnapshotItem {
  const frame = store.mustGet(frameId);
  const child = store.get(childId);
  if (child === undefined) throw new BoardRuleError(ruleText.childMissing(childId));
  // The SDK's types let a frame hold any item but a tag; a frame cannot hold itself or a frame around it.
  if (child.type === 'tag') throw new BoardRuleError(ruleText.notAFrameChild(child.type));
  if (encloses(store, childId, frameId)) throw new BoardRuleError(ruleText.frameCycle(childId, frameId));
  const box = store.boxOf(child);
  const frameBox = store.boxOf(frame);
  checkInside(box, frameBox, childId);
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
 * Removes an item and what goes with it: the connectors attached to it, and,
 * when `withChildren`, a frame's children. Whether removing a frame removes its
 * children is unverified (docs/miro-board.md), so it is the board's parameter; when it
 * does not, the children stay where they are, at the top level. Removing a tag
 * takes its id off every item. Returns the removed items (the item first).
 */
export function removeWithDependents(store: ItemStore, { id, withChildren }: { id: string; withChildren: boolean }): SnapshotItem[] {
  const item = store.mustGet(id);
  const children = item.type === 'frame' ? store.values().filter((other) => other.parentId === id) : [];
  if (!withChildren) orphan(store, children);
  const removed = [item, ...(withChildren ? children : [])];
  const removedIds = new Set(removed.map((entry) => entry.id));
  const attached = store.values().filter((other) => other.type === 'connector' && connectorEnds(other).some((end) => removedIds.has(end)));
  append(removed, attached.filter((connector) => !removedIds.has(connector.id)));
  detach(store, item);
  for (const entry of removed) store.delete(entry.id);
  if (item.type === 'tag') untag(store, id);
  return removed;
}

/** Children of a removed frame that survive it: top level again, where they were on the board. */
function orphan(store: ItemStore, children: readonly SnapshotItem[]): void {
  for (const child of children) {
    const box = store.boxOf(child);
    store.put({ ...child, parentId: null, ...(box === undefined ? {} : { x: box.x, y: box.y }) } as SnapshotItem);
  }
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
