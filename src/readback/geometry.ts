// Boxes of board items in frame-relative coordinates, and the two alignments
// readback looks for: items side by side in a row, items stacked in a column.
import { htmlToLines } from '../model/html.ts';
import { isSticky, type SnapshotItem } from '../snapshot/snapshot.ts';

export interface Placed {
  item: SnapshotItem;
  left: number;
  right: number;
  top: number;
  bottom: number;
  cx: number;
  cy: number;
  /** The item's text lines (empty for items without content). */
  lines: string[];
}

// Shared by every sticky's box (never mutated): one array less per sticky on a 50,000-sticky board.
const NO_LINES: string[] = [];

// A text item may come without a height (the SDK computes it): estimate one line each.
const LINE_HEIGHT = 24;

function numberOf(item: SnapshotItem, field: string): number | undefined {
  const value = (item as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function contentLines(item: SnapshotItem): string[] {
  const content = (item as Record<string, unknown>).content;
  return typeof content === 'string' ? htmlToLines(content) : [];
}

/**
 * The item's box, or null when it has no position (connectors, tags,
 * unsupported items). Stickies are boxes only: their text is read once, as a note.
 */
export function placeItem(item: SnapshotItem): Placed | null {
  const cx = numberOf(item, 'x');
  const cy = numberOf(item, 'y');
  if (cx === undefined || cy === undefined) return null;
  const lines = isSticky(item) ? NO_LINES : contentLines(item);
  const width = numberOf(item, 'width') ?? 0;
  const height = numberOf(item, 'height') ?? LINE_HEIGHT * Math.max(1, lines.length);
  return { item, cx, cy, lines, left: cx - width / 2, right: cx + width / 2, top: cy - height / 2, bottom: cy + height / 2 };
}

/** The overlap of two extents, as a share of the shorter (or the longer) one. */
function overlapShare(a: readonly [number, number], b: readonly [number, number], of: 'shorter' | 'longer'): number {
  const overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  const lengths = [a[1] - a[0], b[1] - b[0]];
  const base = of === 'shorter' ? Math.min(...lengths) : Math.max(...lengths);
  if (base <= 0) return Math.abs(a[0] + a[1] - b[0] - b[1]) / 2 <= 8 ? 1 : 0;
  return overlap / base;
}

// A three-line title beside a one-line one is about three times as tall; a persona block is far taller.
const ROW_HEIGHT_RATIO = 4;

/**
 * Two items sit in one row when the shorter one's centre lies in the taller
 * one's height band and the taller is at most four times as tall (titles of
 * one, two and three lines side by side, aligned by top, middle or bottom, a
 * text whose height Miro computed), or when they overlap by half the taller
 * one (titles of about the same height). A tall persona text beside a small
 * title is not a row.
 */
function sameRow(a: Placed, b: Placed): boolean {
  const [short, tall] = a.bottom - a.top <= b.bottom - b.top ? [a, b] : [b, a];
  const centreInBand = short.cy >= tall.top && short.cy <= tall.bottom && tall.bottom - tall.top <= ROW_HEIGHT_RATIO * Math.max(1, short.bottom - short.top);
  return centreInBand || overlapShare([a.top, a.bottom], [b.top, b.bottom], 'longer') >= 0.5;
}

/** Lane labels stack when their horizontal extents overlap by half the narrower one (left-aligned labels of any width). */
function sameColumn(a: Placed, b: Placed): boolean {
  return overlapShare([a.left, a.right], [b.left, b.right], 'shorter') >= 0.5;
}

/**
 * Groups items that line up, in one sweep over the items sorted by centre.
 * Each group is anchored on its first item, so a slow drift does not chain
 * groups; several groups stay open at once, so a tall text whose centre falls
 * among a wobbly row of titles does not split the row. Aligned items' centres
 * are at most half the longer extent apart: a group whose anchor is further
 * behind than the largest half extent can take no more items and is closed.
 */
export function cluster(items: readonly Placed[], axis: 'row' | 'column'): Placed[][] {
  const key = axis === 'row' ? (placed: Placed) => placed.cy : (placed: Placed) => placed.cx;
  const half = axis === 'row' ? (placed: Placed) => (placed.bottom - placed.top) / 2 : (placed: Placed) => (placed.right - placed.left) / 2;
  const aligned = axis === 'row' ? sameRow : sameColumn;
  const reach = Math.max(8, ...items.map(half));
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const groups: Placed[][] = [];
  let open: Placed[][] = [];
  for (const placed of sorted) {
    open = open.filter((group) => key(placed) - key(group[0] as Placed) <= reach);
    const home = open.find((group) => aligned(group[0] as Placed, placed));
    if (home !== undefined) home.push(placed);
    else {
      const group = [placed];
      groups.push(group);
      open.push(group);
    }
  }
  return groups;
}

/** Index of the band holding `value`, by binary search over sorted bands, or -1. */
export function bandIndex(bands: readonly { start: number; end: number }[], value: number): number {
  let low = 0;
  let high = bands.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const band = bands[middle] as { start: number; end: number };
    if (value < band.start) high = middle - 1;
    else if (value >= band.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
