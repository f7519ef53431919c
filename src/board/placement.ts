// Where a new frame goes: near the viewport's centre, overlapping nothing
// already on the board. Pure: takes the boxes of the board's items.
import type { Rect } from '@mirohq/websdk-types';
import type { BoardItem } from './port.ts';

/** Centre and size, board coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clear space kept between the new frame and what is already there. */
export const PLACEMENT_MARGIN = 100;
const MAX_RINGS = 24;

function numberOf(item: BoardItem, field: 'x' | 'y' | 'width' | 'height'): number | undefined {
  const value = (item as Partial<Record<typeof field, unknown>>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Boxes of the board's top-level items (a frame's box covers its children). */
export function occupiedBoxes(items: readonly BoardItem[]): Box[] {
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

/**
 * The centre for a frame of `size`: the wanted point (where the map was
 * dropped; else the viewport's centre) when free, else the nearest free spot
 * on rings of candidate positions around it, else just right of everything on
 * the board.
 */
export function placeFrame({ size, viewport, occupied, at }: { size: { width: number; height: number }; viewport: Rect; occupied: readonly Box[]; at?: { x: number; y: number } }): { x: number; y: number } {
  const centre = at ?? { x: viewport.x + viewport.width / 2, y: viewport.y + viewport.height / 2 };
  const free = (x: number, y: number) => !occupied.some((box) => overlaps({ x, y, ...size }, box, PLACEMENT_MARGIN));
  const stepX = (size.width + PLACEMENT_MARGIN) / 2;
  const stepY = (size.height + PLACEMENT_MARGIN) / 2;
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const spots: { x: number; y: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push({ x: centre.x + i * stepX, y: centre.y + j * stepY });
      }
    }
    spots.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    const spot = spots.find((candidate) => free(candidate.x, candidate.y));
    if (spot !== undefined) return spot;
  }
  const right = Math.max(...occupied.map((box) => box.x + box.width / 2));
  return { x: right + PLACEMENT_MARGIN + size.width / 2, y: centre.y };
}
