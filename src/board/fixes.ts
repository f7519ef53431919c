// Fix-it writes: one empty sticky in one cell of a journey frame (the gap
// check's fix-its), or a legend title for a map that has none (palette switch). Created at board coordinates inside
// the cell, then linked with `frame.add` (docs/miro-board.md); if linking fails the
// sticky is removed again, so a failed fix leaves the board as it was.
import { CELL_PADDING, STICKY_GAP, STICKY_WIDTH, stickyHeightFor } from '../layout/geometry.ts';
import { textToHtml } from '../model/html.ts';
import type { StickyColor } from '../model/valence.ts';
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import { errorClause, errorMessage } from './errors.ts';
import { linkOrRemove } from './frame-link.ts';
import { isFrameItem, type BoardPort } from './port.ts';

interface Span {
  start: number;
  end: number;
}

export interface CellFix {
  frameId: string;
  /** The frame's top-left corner on the board. */
  frameOrigin: { x: number; y: number };
  /** The cell, frame-relative: its stage column and lane row. */
  column: Span;
  row: Span;
  /** Centres (frame-relative) of the stickies already in the cell, to keep clear of. */
  occupied: readonly { x: number; y: number }[];
  text: string;
  color: StickyColor;
}

/** The first slot of the cell (packed as the layout packs a cell), left to right and top to bottom, with no sticky centred in it; else the cell's centre. */
export function freeSpot(cell: Pick<CellFix, 'column' | 'row' | 'occupied'>, width: number): { x: number; y: number } {
  const height = stickyHeightFor(width);
  const stepX = width + STICKY_GAP;
  const stepY = height + STICKY_GAP;
  for (let y = cell.row.start + CELL_PADDING + height / 2; y + height / 2 <= cell.row.end; y += stepY) {
    for (let x = cell.column.start + CELL_PADDING + width / 2; x + width / 2 <= cell.column.end; x += stepX) {
      const taken = cell.occupied.some((centre) => Math.abs(centre.x - x) < stepX / 2 && Math.abs(centre.y - y) < stepY / 2);
      if (!taken) return { x, y };
    }
  }
  return { x: (cell.column.start + cell.column.end) / 2, y: (cell.row.start + cell.row.end) / 2 };
}

export interface FixOptions {
  /** How rate-limit errors are waited out (tests pass a fake clock). */
  retry?: RetryOptions;
}

/** Adds the sticky and returns its id; throws a one-sentence error after undoing a half-done fix. */
export async function addStickyToCell(board: BoardPort, fix: CellFix, options: FixOptions = {}): Promise<string> {
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  // Narrow hand-drawn columns get a smaller sticky (the SDK takes a width only and keeps the aspect).
  const width = Math.max(80, Math.min(STICKY_WIDTH, fix.column.end - fix.column.start - 2 * CELL_PADDING));
  const spot = freeSpot(fix, width);
  const [frame, sticky] = await Promise.allSettled([
    call(() => board.getById(fix.frameId)),
    call(() => board.createStickyNote({ x: fix.frameOrigin.x + spot.x, y: fix.frameOrigin.y + spot.y, width, content: textToHtml(fix.text), style: { fillColor: fix.color } })),
  ]);
  if (sticky.status === 'rejected') throw new Error(`Could not add the sticky: ${errorClause(sticky.reason)}. The board is unchanged.`, { cause: sticky.reason });
  try {
    if (frame.status === 'rejected') throw frame.reason;
    if (!isFrameItem(frame.value)) throw new Error(`item ${fix.frameId} is not a frame`);
    const target = frame.value;
    await call(() => target.add(sticky.value));
    return sticky.value.id;
  } catch (error) {
    try {
      await call(() => board.remove(sticky.value));
    } catch (undo) {
      throw new Error(`Could not add the sticky (${errorMessage(error)}), and could not remove it again (${errorMessage(undo)}).`, { cause: undo });
    }
    throw new Error(`Could not add the sticky: ${errorClause(error)}. The board is unchanged.`, { cause: error });
  }
}

/** Where a legend title goes when a map has none: the frame's top-right corner, inside it. */
const LEGEND_TITLE = { width: 420, inset: 40 };

/**
 * Writes a legend title naming the map's palette (`content`, as the layout writes
 * it) in the frame's top-right corner, so readback and the gap check read the
 * colours in that palette. Returns its id; undoes a half-done write.
 */
export async function addLegendTitle(board: BoardPort, { frameId, content }: { frameId: string; content: string }, options: FixOptions = {}): Promise<string> {
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const frame = await call(() => board.getById(frameId));
  if (!isFrameItem(frame)) throw new Error(`Could not add the legend: item ${frameId} is not a frame.`);
  const x = frame.x + frame.width / 2 - LEGEND_TITLE.inset - LEGEND_TITLE.width / 2;
  const y = frame.y - frame.height / 2 + LEGEND_TITLE.inset;
  const text = await call(() => board.createText({ x, y, width: LEGEND_TITLE.width, content }));
  await linkOrRemove(board, { frame, item: text, what: 'add the legend', call });
  return text.id;
}
