// Finds a journey map's grid by geometry alone (docs/architecture.md "Readback works by
// geometry"): a header row of stage titles above the stickies and a column of
// lane labels to their left. Several rows and columns may qualify on a
// cluttered board; the pair whose grid holds the most stickies wins.
import { readLegendPalette } from '../model/header-text.ts';
import { maxOf, minOf } from '../model/arrays.ts';
import { isShape, isText } from '../snapshot/snapshot.ts';
import { cluster, type Placed } from './geometry.ts';
import { columnView, firstBelow, nearestColumns, type ColumnView, type Ranked } from './grid-columns.ts';
import type { Band } from './types.ts';

export interface Grid {
  headers: Placed[];
  labels: Placed[];
  columns: Band[];
  rows: Band[];
}

/** Sticky centres sorted by x, so counting those in a box needs no full scan. */
export interface CentreIndex {
  xs: Float64Array;
  ys: Float64Array;
}

export function indexCentres(stickies: readonly Placed[]): CentreIndex {
  const sorted = [...stickies].sort((a, b) => a.cx - b.cx);
  return { xs: Float64Array.from(sorted, (placed) => placed.cx), ys: Float64Array.from(sorted, (placed) => placed.cy) };
}

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function countInBox(index: CentreIndex, box: { left: number; right: number; top: number; bottom: number }): number {
  let count = 0;
  const end = lowerBound(index.xs, box.right);
  for (let i = lowerBound(index.xs, box.left); i < end; i++) {
    const y = index.ys[i] as number;
    if (y >= box.top && y < box.bottom) count++;
  }
  return count;
}

// A title has a letter in some script; a dot vote ("+1", "x3"), an emoji sticker or a number has none.
const LETTER = /\p{L}/u;

/**
 * Shapes and texts with words on them: what a stage title or lane label can
 * be. Circles are emotion-curve points or dot votes; texts without a letter
 * are dot votes and stickers, clutter that must never displace the grid.
 */
export function isStructureCandidate(placed: Placed): boolean {
  const { item } = placed;
  if (!(isText(item) || (isShape(item) && item.shape !== 'circle'))) return false;
  const text = placed.lines.join(' ');
  return LETTER.test(text) && readLegendPalette(text) === null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
}

/** An item's extent and centre along each axis. */
const EXTENT = {
  x: { start: (placed: Placed) => placed.left, far: (placed: Placed) => placed.right, centre: (placed: Placed) => placed.cx },
  y: { start: (placed: Placed) => placed.top, far: (placed: Placed) => placed.bottom, centre: (placed: Placed) => placed.cy },
};

/**
 * Bands from sorted items: each runs to the next one's start; the last ends at
 * its own far edge (docs/architecture.md). A hand-written title is often much smaller than
 * its lane or column: when the last one is under half the others' usual size,
 * its band is given that usual size, so its stickies are not read as strays.
 */
function edgeBands(items: readonly Placed[], axis: 'x' | 'y'): Band[] {
  const { start, far } = EXTENT[axis];
  const bands = items.map((placed, index) => {
    const next = items[index + 1];
    return { id: placed.item.id, start: start(placed), end: next === undefined ? far(placed) : start(next) };
  });
  const last = bands[bands.length - 1];
  const usual = median(bands.slice(0, -1).map((band) => band.end - band.start));
  if (last !== undefined && last.end - last.start < usual / 2) last.end = last.start + usual;
  return bands;
}

/** Bands split halfway between title centres: for small titles written over the middle of their column or lane. */
function centreBands(items: readonly Placed[], axis: 'x' | 'y'): Band[] {
  const centres = items.map(EXTENT[axis].centre);
  return items.map((placed, index) => {
    const centre = centres[index] as number;
    const before = index === 0 ? centre - ((centres[1] as number) - centre) / 2 : (centre + (centres[index - 1] as number)) / 2;
    const after = index === items.length - 1 ? centre + (centre - (centres[index - 1] as number)) / 2 : (centre + (centres[index + 1] as number)) / 2;
    return { id: placed.item.id, start: before, end: after };
  });
}

/**
 * The bands of sorted titles. Titles that (nearly) touch their neighbours (the
 * app's headers and labels, shapes drawn as a table, however their sizes vary)
 * bound their bands by their edges; titles with empty space between them wider
 * than half their usual length (a word of text over each column) sit over the
 * middle of their bands, which are split halfway between them.
 */
export function bandsOf(items: readonly Placed[], axis: 'x' | 'y'): Band[] {
  if (items.length < 2) return edgeBands(items, axis);
  const { start, far } = EXTENT[axis];
  const length = (placed: Placed) => far(placed) - start(placed);
  // The closest pair decides: a title deleted from a table leaves one wide gap that must not make the rest look apart.
  const gap = minOf(items.slice(1).map((placed, index) => start(placed) - far(items[index] as Placed)));
  return gap > median(items.map(length)) / 2 ? centreBands(items, axis) : edgeBands(items, axis);
}

interface Choice {
  headers: Placed[];
  /** The lane labels: a column's labels below the header row (materialised for the winner only). */
  labels: () => Placed[];
  rank: number[];
}

function choicesForRow(row: readonly Placed[], { leading, views, index }: { leading: readonly Ranked[]; views: readonly ColumnView[]; index: CentreIndex }): Choice[] {
  const rowBottom = maxOf(row.map((placed) => placed.bottom));
  const choices: Choice[] = [];
  for (const { column, right } of leading) {
    const headers = row.filter((placed) => placed.cx > right).sort((a, b) => a.cx - b.cx);
    const first = headers[0];
    const last = headers[headers.length - 1];
    const view = views[column] as ColumnView;
    const start = firstBelow(view, rowBottom);
    if (first === undefined || last === undefined) continue;
    const top = (view.labels[start] as Placed).top;
    const bottom = (view.labels[view.labels.length - 1] as Placed).bottom;
    const held = countInBox(index, { left: first.left, right: last.right, top, bottom });
    choices.push({ headers, labels: () => view.labels.slice(start), rank: [held, rowBottom, headers.length, right] });
  }
  return choices;
}

function better(a: Choice, b: Choice | undefined): boolean {
  if (b === undefined) return true;
  for (let i = 0; i < a.rank.length; i++) {
    const difference = (a.rank[i] as number) - (b.rank[i] as number);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/**
 * The grid of a frame's children, or null when no header row and lane column
 * line up. Ranked by the stickies the grid holds, then by how close the header
 * row sits above the labels (the persona or legend above a map can line up
 * too), then by the number of stages.
 */
export function findGrid(candidates: readonly Placed[], index: CentreIndex): Grid | null {
  const columns = cluster(candidates, 'column');
  const views = columns.map(columnView);
  const rows = cluster(candidates, 'row');
  const leading = nearestColumns(rows, columns);
  let best: Choice | undefined;
  rows.forEach((row, at) => {
    for (const choice of choicesForRow(row, { leading: leading[at] ?? [], views, index })) {
      if (better(choice, best)) best = choice;
    }
  });
  if (best === undefined) return null;
  const labels = best.labels();
  return { headers: best.headers, labels, columns: bandsOf(best.headers, 'x'), rows: bandsOf(labels, 'y') };
}
