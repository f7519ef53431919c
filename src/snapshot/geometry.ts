// Where items sit on the in-memory board: children of a frame are stored
// frame-relative (from its top-left corner), as the SDK reports them.
import type { SnapshotItem } from './snapshot.ts';
import { maxOf, minOf } from '../model/arrays.ts';

export interface Box {
  x: number; // centre
  y: number;
  width: number;
  height: number;
}

export function numberField(item: SnapshotItem, field: string): number | undefined {
  const value = (item as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The item's box on the board (absolute centre), when it has a position.
 * A child's x/y count from its frame's top-left corner, and that frame may sit
 * in another frame; `depth` stops a parent cycle in a malformed snapshot.
 */
export function absoluteBox(item: SnapshotItem, lookup: (id: string) => SnapshotItem | undefined, depth = 0): Box | undefined {
  const x = numberField(item, 'x');
  const y = numberField(item, 'y');
  if (x === undefined || y === undefined) return undefined;
  const box = { x, y, width: numberField(item, 'width') ?? 0, height: numberField(item, 'height') ?? 0 };
  const parent = typeof item.parentId === 'string' ? lookup(item.parentId) : undefined;
  if (parent === undefined || parent.type !== 'frame' || depth > 32) return box;
  const parentBox = absoluteBox(parent, lookup, depth + 1);
  const origin = parentBox === undefined ? undefined : frameOrigin({ ...parent, x: parentBox.x, y: parentBox.y });
  return origin === undefined ? box : { ...box, x: origin.x + x, y: origin.y + y };
}

/** The top-left corner of a frame, in board coordinates. */
export function frameOrigin(frame: SnapshotItem): { x: number; y: number } | undefined {
  const x = numberField(frame, 'x');
  const y = numberField(frame, 'y');
  const width = numberField(frame, 'width');
  const height = numberField(frame, 'height');
  if (x === undefined || y === undefined || width === undefined || height === undefined) return undefined;
  return { x: x - width / 2, y: y - height / 2 };
}

export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = minOf(boxes.map((box) => box.x - box.width / 2));
  const right = maxOf(boxes.map((box) => box.x + box.width / 2));
  const top = minOf(boxes.map((box) => box.y - box.height / 2));
  const bottom = maxOf(boxes.map((box) => box.y + box.height / 2));
  return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left, height: bottom - top };
}
