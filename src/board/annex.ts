// Frames the app writes beside a map (the data check): placed to the map
// frame's right, top-aligned, marked with a metadata hint naming the map frame,
// written through the writer (bounded concurrency, retry, rollback), and
// cleared again by that hint.
import type { BoardPlan } from '../layout/plan.ts';
import { mapBounded } from './calls.ts';
import { PLACEMENT_MARGIN } from './placement.ts';
import { isFrameItem, type BoardItem, type BoardPort, type FrameItem } from './port.ts';
import { WRITE_CONCURRENCY, writePlan, type WriteOptions, type WriteResult } from './writer.ts';

export interface AnnexOptions extends Omit<WriteOptions, 'centre' | 'hint'> {
  /** The map frame the annex belongs to. */
  mapFrameId: string;
  hintKey: string;
}

async function mapFrame(board: BoardPort, id: string): Promise<FrameItem> {
  const frame = await board.getById(id);
  if (!isFrameItem(frame)) throw new Error(`no frame has id "${id}"`);
  return frame;
}

/** Writes `plan` as a frame to the right of the map frame, top edges level. */
export async function writeAnnex(board: BoardPort, plan: BoardPlan, options: AnnexOptions): Promise<WriteResult> {
  const frame = await mapFrame(board, options.mapFrameId);
  const centre = { x: frame.x + frame.width / 2 + PLACEMENT_MARGIN + plan.frame.width / 2, y: frame.y - frame.height / 2 + plan.frame.height / 2 };
  const { mapFrameId, hintKey, ...write } = options;
  return writePlan(board, plan, { ...write, centre, hint: { key: hintKey, value: { app: 'journey-map', mapFrameId } } });
}

/** Removes every annex frame (and its children) of the map frame; returns how many items went. */
export async function clearAnnex(board: BoardPort, { mapFrameId, hintKey, concurrency = WRITE_CONCURRENCY }: { mapFrameId: string; hintKey: string; concurrency?: number }): Promise<number> {
  const frames = (await board.get({ type: 'frame' })).filter(isFrameItem);
  const hints = await mapBounded(frames, concurrency, (frame) => frame.getMetadata(hintKey));
  const annexes = frames.filter((_, index) => {
    const hint = hints[index] as { mapFrameId?: unknown } | undefined | null;
    return typeof hint === 'object' && hint !== null && hint.mapFrameId === mapFrameId;
  });
  const children = (await mapBounded(annexes, concurrency, (frame) => frame.getChildren())).flat();
  await mapBounded(children, concurrency, (item: BoardItem) => board.remove(item));
  await mapBounded(annexes, concurrency, (frame) => board.remove(frame));
  return children.length + annexes.length;
}
