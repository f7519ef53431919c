// `miro.board.findEmptySpace({ x, y, width, height, offset })` (docs/miro-board.md
// "Items"): the nearest spot to (x, y) where a box of that size overlaps
// nothing, keeping `offset` clear around it. Miro's own search is not
// documented; this one tries rings of spots around the asked centre, then
// just right of everything, and when even that is off the finite number line
// (an item at x = 1.7e308) it answers the asked spot: a finite answer always.
import type { Rect } from '@mirohq/websdk-types';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import { maxOf } from '../../model/arrays.ts';

/** Centre and size, board coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clear space kept when the caller gives no `offset`. */
export const DEFAULT_OFFSET = 100;
const MAX_RINGS = 24;

function numberOf(item: SnapshotItem, field: 'x' | 'y' | 'width' | 'height'): number | undefined {
  const value = (item as Partial<Record<typeof field, unknown>>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Boxes of the board's top-level items (a frame's box covers its children). */
export function occupiedBoxes(items: readonly SnapshotItem[]): Box[] {
  return items.flatMap((item) => {
    const parentId = (item as { parentId?: unknown }).parentId;
    if (typeof parentId === 'string' || item.type === 'tag' || item.type === 'connector') return [];
    const [x, y, width, height] = (['x', 'y', 'width', 'height'] as const).map((field) => numberOf(item, field));
    if (x === undefined || y === undefined) return [];
    return [{ x, y, width: width ?? 0, height: height ?? 0 }];
  });
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * margin && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * margin;
}

/** The centre and size of the empty spot nearest to the asked one. */
export function findEmptySpace(occupied: readonly Box[], asked: Rect & { offset?: number }): Rect {
  const margin = asked.offset ?? DEFAULT_OFFSET;
  const size = { width: asked.width, height: asked.height };
  const free = (x: number, y: number) => !occupied.some((box) => overlaps({ x, y, ...size }, box, margin));
  const stepX = (size.width + margin) / 2;
  const stepY = (size.height + margin) / 2;
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const spots: { x: number; y: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push({ x: asked.x + i * stepX, y: asked.y + j * stepY });
      }
    }
    spots.sort((a, b) => Math.hypot(a.x - asked.x, a.y - asked.y) - Math.hypot(b.x - asked.x, b.y - asked.y));
    const spot = spots.find((candidate) => free(candidate.x, candidate.y));
    if (spot !== undefined) return { ...spot, ...size };
  }
  const right = maxOf(occupied.map((box) => box.x + box.width / 2)) + margin + size.width / 2;
  return { x: Number.isFinite(right) && Number.isFinite(right * 2) ? right : asked.x, y: asked.y, ...size };
}
