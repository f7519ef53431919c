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
  const [first, ...rest] = plan.children;
  if (first === undefined || (first.type !== 'text' && first.type !== 'shape')) throw new Error('an annex plan starts with a text or shape to carry its hint');
  const hinted: BoardPlan = { ...plan, children: [{ ...first, metadata: { ...first.metadata, [hintKey]: mapFrameId } }, ...rest] };
  return writePlan(board, hinted, { ...write, centre });
}

/** Removes every annex frame (and its children) of the map frame; returns how many items went. */
export async function clearAnnex(board: BoardPort, { mapFrameId, hintKey, concurrency = WRITE_CONCURRENCY }: { mapFrameId: string; hintKey: string; concurrency?: number }): Promise<number> {
  const [frames, carriers] = await Promise.all([board.get({ type: 'frame' }), board.get({ type: ['text', 'shape'] })]);
  const frameIds = new Set(frames.filter(isFrameItem).filter((frame) => frame.id !== mapFrameId).map((frame) => frame.id));
  const candidates = carriers.filter((item) => 'parentId' in item && typeof item.parentId === 'string' && frameIds.has(item.parentId) && 'getMetadata' in item);
  const hints = await mapBounded(candidates, concurrency, (item) => (item as { getMetadata(key: string): Promise<unknown> }).getMetadata(hintKey));
  const annexIds = new Set(candidates.filter((_, index) => hints[index] === mapFrameId).map((item) => (item as { parentId: string }).parentId));
  const annexes = frames.filter(isFrameItem).filter((frame) => annexIds.has(frame.id));
  const children = (await mapBounded(annexes, concurrency, (frame) => frame.getChildren())).flat();
  await mapBounded(children, concurrency, (item: BoardItem) => board.remove(item));
  await mapBounded(annexes, concurrency, (frame) => board.remove(frame));
  return children.length + annexes.length;
}
