// Frames the app writes beside a map (the data check, the "From data"
// stickies): placed to the map frame's right, top-aligned, or below it,
// left-aligned (so two annexes of one map do not sit on each other), written through the writer (bounded concurrency,
// retry, rollback), and cleared again by their hint. Frames cannot hold
// metadata in Miro, so the hint naming the map frame sits on the annex's
// first child (a text or shape, which can).
import type { BoardPlan } from '../layout/plan.ts';
import { mapBounded } from './calls.ts';
import { isFrameItem, type BoardItem, type BoardPort, type FrameItem } from './port.ts';
import { FRAME_OFFSET, WRITE_CONCURRENCY, writePlan, type WriteOptions, type WriteResult } from './writer.ts';

export interface AnnexOptions extends Omit<WriteOptions, 'centre'> {
  /** The map frame the annex belongs to. */
  mapFrameId: string;
  hintKey: string;
  /** Right of the map, top edges level (the default), or below it, left edges level. */
  side?: 'right' | 'below';
}

async function mapFrame(board: BoardPort, id: string): Promise<FrameItem> {
  const frame = await board.getById(id);
  if (!isFrameItem(frame)) throw new Error(`no frame has id "${id}"`);
  return frame;
}

function annexCentre(frame: FrameItem, plan: BoardPlan, side: 'right' | 'below'): { x: number; y: number } {
  if (side === 'below') return { x: frame.x - frame.width / 2 + plan.frame.width / 2, y: frame.y + frame.height / 2 + FRAME_OFFSET + plan.frame.height / 2 };
  return { x: frame.x + frame.width / 2 + FRAME_OFFSET + plan.frame.width / 2, y: frame.y - frame.height / 2 + plan.frame.height / 2 };
}

/** Writes `plan` as a frame beside the map frame (see `side`); its first child carries the hint. */
export async function writeAnnex(board: BoardPort, plan: BoardPlan, options: AnnexOptions): Promise<WriteResult> {
  const frame = await mapFrame(board, options.mapFrameId);
  const { mapFrameId, hintKey, side = 'right', ...write } = options;
  const centre = annexCentre(frame, plan, side);
  return writePlan(board, withHint(plan, { hintKey, hint: mapFrameId }), { ...write, centre });
}

/** The plan with `hintKey` = `hint` on its first child (frames cannot hold metadata). */
export function withHint(plan: BoardPlan, { hintKey, hint }: { hintKey: string; hint: string }): BoardPlan {
  const [first, ...rest] = plan.children;
  if (first === undefined || (first.type !== 'text' && first.type !== 'shape')) throw new Error('an annex plan starts with a text or shape to carry its hint');
  return { ...plan, children: [{ ...first, metadata: { ...first.metadata, [hintKey]: hint } }, ...rest] };
}

/** The frames whose first child carries `hintKey` = `hint` (the frame with id `hint` itself excluded). */
export async function hintedFrames(board: BoardPort, { hint, hintKey, concurrency = WRITE_CONCURRENCY }: { hint: string; hintKey: string; concurrency?: number }): Promise<FrameItem[]> {
  const [frames, carriers] = await Promise.all([board.get({ type: 'frame' }), board.get({ type: ['text', 'shape'] })]);
  const frameIds = new Set(frames.filter(isFrameItem).filter((frame) => frame.id !== hint).map((frame) => frame.id));
  const candidates = carriers.filter((item) => 'parentId' in item && typeof item.parentId === 'string' && frameIds.has(item.parentId) && 'getMetadata' in item);
  const hints = await mapBounded(candidates, concurrency, (item) => (item as { getMetadata(key: string): Promise<unknown> }).getMetadata(hintKey));
  const hintedIds = new Set(candidates.filter((_, index) => hints[index] === hint).map((item) => (item as { parentId: string }).parentId));
  return frames.filter(isFrameItem).filter((frame) => hintedIds.has(frame.id));
}

/** Removes the frames and their children; returns how many items went. */
export async function removeFrames(board: BoardPort, { frames, concurrency = WRITE_CONCURRENCY }: { frames: readonly FrameItem[]; concurrency?: number }): Promise<number> {
  const children = (await mapBounded(frames, concurrency, (frame) => frame.getChildren())).flat();
  await mapBounded(children, concurrency, (item: BoardItem) => board.remove(item));
  await mapBounded(frames, concurrency, (frame) => board.remove(frame));
  return children.length + frames.length;
}

/** Removes every annex frame (and its children) of the map frame; returns how many items went. */
export async function clearAnnex(board: BoardPort, { mapFrameId, hintKey, concurrency = WRITE_CONCURRENCY }: { mapFrameId: string; hintKey: string; concurrency?: number }): Promise<number> {
  const annexes = await hintedFrames(board, { hint: mapFrameId, hintKey, concurrency });
  return removeFrames(board, { frames: annexes, concurrency });
}
