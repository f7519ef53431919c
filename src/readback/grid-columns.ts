// Which lane-label columns a header row of the grid search (grid.ts) pairs
// with: the few whose labels below the row reach furthest right. Found in one
// sweep for all rows, so the search stays O(n log n) whatever the geometry
// (a per-row scan of every column was quadratic: 30,000 texts took minutes).
import { maxOf } from '../model/arrays.ts';
import type { Placed } from './geometry.ts';

// How many label columns to try per header row, nearest first: the lane
// labels sit right next to the grid, clutter further left rarely wins.
const COLUMNS_PER_ROW = 6;

/** A column's labels sorted top to bottom, with the rightmost edge of each suffix: "labels below y" is a binary search. */
export interface ColumnView {
  labels: Placed[];
  suffixRight: Float64Array;
}

export function columnView(column: readonly Placed[]): ColumnView {
  const labels = [...column].sort((a, b) => a.cy - b.cy);
  const suffixRight = new Float64Array(labels.length);
  for (let i = labels.length - 1; i >= 0; i--) suffixRight[i] = Math.max((labels[i] as Placed).right, i + 1 < labels.length ? (suffixRight[i + 1] as number) : -Infinity);
  return { labels, suffixRight };
}

/** The first label of `view` whose centre is below `y`. */
export function firstBelow(view: ColumnView, y: number): number {
  let [low, high] = [0, view.labels.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((view.labels[middle] as Placed).cy > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

export type Ranked = { column: number; right: number };
/** Rightmost first; among equals, the earlier column (as a stable sort of the columns would give). */
const rankedFirst = (a: Ranked, b: Ranked) => b.right - a.right || a.column - b.column;

/**
 * For every header row, the COLUMNS_PER_ROW columns with labels below it and
 * a title of the row to their right (only those can be lane labels: notes
 * stacked beside the grid must not use up the tries) whose labels reach
 * furthest right. Rows are swept from the bottom up, adding labels as they
 * come above; the columns seen so far stay sorted by reach (binary search), so
 * each row takes its few from just left of its rightmost title.
 */
export function nearestColumns(rows: readonly Placed[][], columns: readonly Placed[][]): Ranked[][] {
  const bottoms = rows.map((row) => maxOf(row.map((placed) => placed.bottom)));
  const labels = columns.flatMap((column, index) => column.map((placed) => ({ placed, index }))).sort((a, b) => b.placed.cy - a.placed.cy);
  const reach = new Map<number, number>();
  const sorted: Ranked[] = []; // every column seen so far, rankedFirst order
  const result: Ranked[][] = rows.map(() => []);
  let next = 0;
  for (const row of rows.map((_, index) => index).sort((a, b) => (bottoms[b] as number) - (bottoms[a] as number))) {
    for (; next < labels.length && (labels[next] as { placed: Placed }).placed.cy > (bottoms[row] as number); next++) {
      const { placed, index } = labels[next] as { placed: Placed; index: number };
      const before = reach.get(index);
      const right = Math.max(before ?? -Infinity, placed.right);
      if (before === right) continue;
      if (before !== undefined) sorted.splice(firstAt(sorted, { column: index, right: before }), 1);
      sorted.splice(firstAt(sorted, { column: index, right }), 0, { column: index, right });
      reach.set(index, right);
    }
    const rightmostTitle = maxOf((rows[row] as Placed[]).map((placed) => placed.cx));
    const start = firstLeftOf(sorted, rightmostTitle);
    result[row] = sorted.slice(start, start + COLUMNS_PER_ROW);
  }
  return result;
}

/** Where `entry` sits (or would) in `sorted`, by rankedFirst (binary search). */
function firstAt(sorted: readonly Ranked[], entry: Ranked): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rankedFirst(sorted[middle] as Ranked, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first entry whose reach is left of `x` (strictly): reach falls along `sorted` (binary search). */
function firstLeftOf(sorted: readonly Ranked[], x: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Ranked).right >= x) low = middle + 1;
    else high = middle;
  }
  return low;
}
