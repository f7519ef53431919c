// A stage's range on the emotion curve: a thin vertical bar from its lowest to
// its highest rated touchpoint, behind the stage's mean point, so a stage of +2
// and −2 does not look neutral. A stage whose touchpoints all say one level
// (or that has one, or none) gets no whisker: a zero-length bar shows nothing
// and would only be a leftover to tidy. Pure: src/board/curve.ts draws it.
import { htmlToText } from '../model/html.ts';
import type { Journey } from '../model/journey.ts';
import { curveY, WHISKER_WIDTH } from '../layout/geometry.ts';
import { curveNotes } from '../layout/grid-items.ts';
import { isShape, type SnapshotItem, type SnapshotShape } from '../snapshot/snapshot.ts';

/** Where a whisker goes, frame-relative: its centre and height. */
export interface WhiskerBox {
  x: number;
  y: number;
  height: number;
}

export interface WhiskerPlan {
  creates: WhiskerBox[];
  /** Whiskers of the right length in the wrong place (a moved stage header). */
  moves: ({ id: string } & WhiskerBox)[];
  removals: string[];
}

/**
 * How the curve recognises its own whiskers: narrow, tall, empty rectangles (a
 * hand-drawn box is wider or has words). Readback never takes them for a title
 * or a note: an empty shape has no letters, and only stickies are notes.
 */
export function isWhisker(item: SnapshotItem): item is SnapshotShape {
  return isShape(item) && item.shape === 'rectangle' && item.width <= WHISKER_WIDTH * 2 && item.height > item.width && htmlToText(item.content).trim() === '';
}

/** The lowest and highest rated note behind the stage's point (the same notes as its average); null when they agree. */
export function stageRange(journey: Journey, stageId: string): { low: number; high: number } | null {
  const valences = curveNotes(journey, stageId).map((note) => note.valence ?? 0);
  if (valences.length === 0) return null;
  const low = valences.reduce((a, b) => Math.min(a, b));
  const high = valences.reduce((a, b) => Math.max(a, b));
  return low === high ? null : { low, high };
}

/** The whisker a stage needs in a row, at the point's x; null for none. */
export function whiskerBox(range: { low: number; high: number } | null, { x, row }: { x: number; row: { top: number; height: number } }): WhiskerBox | null {
  if (range === null) return null;
  const top = curveY(range.high, row);
  const bottom = curveY(range.low, row);
  return { x, y: (top + bottom) / 2, height: bottom - top };
}

const TOLERANCE = 0.5;

/**
 * Keeps the nearest existing whisker of the cell when one is wanted (moved if
 * off), removes the rest. A whisker of another length is replaced: a shape's
 * width and height cannot be changed on the board (src/board/memory/apply.ts).
 */
export function planWhisker(plan: WhiskerPlan, { wanted, existing }: { wanted: WhiskerBox | null; existing: readonly SnapshotShape[] }): void {
  const sorted = wanted === null ? [...existing] : [...existing].sort((a, b) => Math.abs(a.y - wanted.y) - Math.abs(b.y - wanted.y));
  const first = wanted === null ? undefined : sorted.shift();
  const kept = first !== undefined && wanted !== null && Math.abs(first.height - wanted.height) <= TOLERANCE ? first : undefined;
  if (first !== undefined && kept === undefined) sorted.push(first);
  for (const item of sorted) plan.removals.push(item.id);
  if (wanted === null) return;
  if (kept === undefined) plan.creates.push(wanted);
  else if (Math.abs(kept.x - wanted.x) > TOLERANCE || Math.abs(kept.y - wanted.y) > TOLERANCE) plan.moves.push({ id: kept.id, ...wanted });
}
