// "Add comparison to the board": the "Current → future" frame under a compared
// pair, below the lower of the two frames and left-aligned with the current
// map, written through the writer (retry, rollback). An earlier frame of the
// same pair is found before the write and removed only after it succeeded, so
// a failed "Add" leaves the board as it was, the old frame included.
import type { BoardPlan } from '../layout/plan.ts';
import { hintedFrames, removeFrames, withHint } from './annex.ts';
import { isFrameItem, type BoardPort, type FrameItem } from './port.ts';
import { FRAME_OFFSET, writePlan, type WriteOptions, type WriteResult } from './writer.ts';

export interface ComparisonWriteOptions extends Omit<WriteOptions, 'centre' | 'at'> {
  beforeFrameId: string;
  afterFrameId: string;
  hintKey: string;
  /** The hint's value naming the pair (`comparisonPair`). */
  pair: string;
}

async function frameById(board: BoardPort, id: string): Promise<FrameItem> {
  const frame = await board.getById(id);
  if (!isFrameItem(frame)) throw new Error(`no frame has id "${id}"`);
  return frame;
}

/** Centre of a plan put under both frames, its left edge on the current map's. */
export function underPair({ before, after, size }: { before: FrameItem; after: FrameItem; size: { width: number; height: number } }): { x: number; y: number } {
  const bottom = Math.max(before.y + before.height / 2, after.y + after.height / 2);
  return { x: before.x - before.width / 2 + size.width / 2, y: bottom + FRAME_OFFSET + size.height / 2 };
}

/** Writes the comparison frame; then removes the pair's earlier ones. `replaced` counts the items removed. */
export async function writeComparisonFrame(board: BoardPort, plan: BoardPlan, options: ComparisonWriteOptions): Promise<WriteResult & { replaced: number }> {
  const { beforeFrameId, afterFrameId, hintKey, pair, ...write } = options;
  const [before, after] = await Promise.all([frameById(board, beforeFrameId), frameById(board, afterFrameId)]);
  const earlier = await hintedFrames(board, { hint: pair, hintKey, ...(write.concurrency === undefined ? {} : { concurrency: write.concurrency }) });
  const centre = underPair({ before, after, size: plan.frame });
  const written = await writePlan(board, withHint(plan, { hintKey, hint: pair }), { ...write, centre });
  const replaced = await removeFrames(board, { frames: earlier, ...(write.concurrency === undefined ? {} : { concurrency: write.concurrency }) });
  return { ...written, replaced };
}
