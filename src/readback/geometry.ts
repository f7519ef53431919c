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
  const lengths = [a[1] - a[0], b[1] - b[0]] as const;
  const base = of === 'shorter' ? Math.min(lengths[0], lengths[1]) : Math.max(lengths[0], lengths[1]);
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
 * groups; an item joins the earliest group whose anchor it lines up with, so
 * a tall text whose centre falls among a wobbly row of titles does not split
 * the row. Two aligned items' centres are at most the larger half extent (or
 * 8) apart, so the groups an item can join are (a) those anchored within its
 * own half extent behind it (a binary search over the anchors, which are
 * sorted) and (b) those whose anchor's half extent still reaches it (a list
 * pruned as the sweep moves on). One huge item no longer keeps every group
 * open: the sweep stays O(n log n) whatever the geometry.
 */
export function cluster(items: readonly Placed[], axis: 'row' | 'column'): Placed[][] {
  const key = axis === 'row' ? (placed: Placed) => placed.cy : (placed: Placed) => placed.cx;
  const half = axis === 'row' ? (placed: Placed) => (placed.bottom - placed.top) / 2 : (placed: Placed) => (placed.right - placed.left) / 2;
  const aligned = axis === 'row' ? sameRow : sameColumn;
  const reach = (placed: Placed) => Math.max(8, half(placed));
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const groups: Placed[][] = [];
  const anchorKeys: number[] = [];
  let reaching: number[] = []; // (b): indexes of groups, in creation order
  for (const placed of sorted) {
    const at = key(placed);
    reaching = reaching.filter((index) => at - (anchorKeys[index] as number) <= reach((groups[index] as Placed[])[0] as Placed));
    const fits = (index: number) => aligned((groups[index] as Placed[])[0] as Placed, placed);
    const near = firstFrom(firstAtLeast(anchorKeys, at - reach(placed)), { count: groups.length, fits });
    const far = reaching.find(fits) ?? -1;
    const home = near === -1 ? far : far === -1 ? near : Math.min(near, far);
    if (home !== -1) (groups[home] as Placed[]).push(placed);
    else {
      groups.push([placed]);
      anchorKeys.push(at);
      if (half(placed) > 8) reaching.push(groups.length - 1);
    }
  }
  return groups;
}

/** The first index from `start` on that `fits`, or -1. */
function firstFrom(start: number, { count, fits }: { count: number; fits: (index: number) => boolean }): number {
  for (let index = start; index < count; index++) if (fits(index)) return index;
  return -1;
}

/** The first index of sorted `values` holding a value ≥ `bound` (binary search). */
function firstAtLeast(values: readonly number[], bound: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
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
