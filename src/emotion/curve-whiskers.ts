// The curve refresh's part for the range whiskers (what they are:
// src/layout/curve-range.ts): which to create, move or remove so each stage has
// the one it needs. Pure: src/board/curve.ts carries it out.
import { htmlToText } from '../model/html.ts';
import { WHISKER_WIDTH } from '../layout/geometry.ts';
import type { WhiskerBox } from '../layout/curve-range.ts';
import { isShape, type SnapshotItem, type SnapshotShape } from '../snapshot/snapshot.ts';

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
