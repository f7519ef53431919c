// Carrying out a curve refresh (src/emotion/curve-plan.ts decides it): create
// missing points inside the frame, move the others, link neighbours, then
// remove duplicates, points of deleted stages and stray connectors. Creating
// and moving are rolled back on failure; removal comes last because it is the
// one step that cannot be undone, and a failure there leaves a correct curve
// plus leftovers that the next refresh removes.
import { CURVE_COLOR, PAPER } from '../layout/colors.ts';
import { CURVE_POINT_SIZE } from '../layout/geometry.ts';
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit, type RetryOptions } from './calls.ts';
import { errorMessage } from './errors.ts';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';

export interface CurvePlanLike {
  frameId: string;
  frameOrigin: { x: number; y: number };
  points: { stageId: string; itemId: string | null; x: number; y: number }[][];
  moves: { id: string; x: number; y: number }[];
  removals: string[];
  links: { row: number; from: number; to: number }[];
}

export interface CurveResult {
  created: number;
  moved: number;
  linked: number;
  removed: number;
}

export interface CurveOptions {
  concurrency?: number;
  retry?: RetryOptions;
}

type Placed = BoardItem & { x: number; y: number; sync(): Promise<unknown> };

const isPlaced = (item: BoardItem): item is Placed => 'x' in item && 'y' in item && 'sync' in item;
const isFrame = (item: BoardItem): item is FrameItem => item.type === 'frame' && 'add' in item;

export async function applyCurvePlan(board: BoardPort, plan: CurvePlanLike, options: CurveOptions = {}): Promise<CurveResult> {
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const created: BoardItem[] = [];
  const moved: { item: Placed; x: number; y: number }[] = [];
  try {
    const frame = await call(() => board.getById(plan.frameId));
    if (!isFrame(frame)) throw new Error(`item ${plan.frameId} is not a frame`);
    const ids = await createPoints(board, { plan, frame, created, call, limit });
    await movePoints(board, { plan, moved, call, limit });
    await mapBounded(plan.links, limit, async (link) => {
      const start = ids[link.row]?.[link.from];
      const end = ids[link.row]?.[link.to];
      if (start === undefined || end === undefined) throw new Error('a curve point is missing');
      created.unshift(
        await call(() =>
          board.createConnector({ start: { item: start, snapTo: 'right' }, end: { item: end, snapTo: 'left' }, shape: 'straight', style: { strokeColor: CURVE_COLOR, strokeWidth: 4, startStrokeCap: 'none', endStrokeCap: 'none' } }),
        ),
      );
    });
  } catch (error) {
    const undone = await undo(board, { created, moved, call, limit });
    throw new Error(`Refreshing the curve failed: ${errorMessage(error)}. ${undone}`, { cause: error });
  }
  const removed = await removeAll(board, plan.removals, { call, limit });
  return { created: plan.points.flat().filter((point) => point.itemId === null).length, moved: moved.length, linked: plan.links.length, removed };
}

interface Step {
  call: <T>(work: () => Promise<T>) => Promise<T>;
  limit: number;
}

async function createPoints(board: BoardPort, step: Step & { plan: CurvePlanLike; frame: FrameItem; created: BoardItem[] }): Promise<string[][]> {
  const { plan, frame, created, call, limit } = step;
  return Promise.all(
    plan.points.map((row) =>
      mapBounded(row, limit, async (point) => {
        if (point.itemId !== null) return point.itemId;
        const shape = await call(() =>
          board.createShape({
            shape: 'circle',
            content: '',
            x: plan.frameOrigin.x + point.x,
            y: plan.frameOrigin.y + point.y,
            width: CURVE_POINT_SIZE,
            height: CURVE_POINT_SIZE,
            style: { fillColor: CURVE_COLOR, borderColor: CURVE_COLOR, color: PAPER },
          }),
        );
        created.push(shape);
        await call(() => frame.add(shape));
        return shape.id;
      }),
    ),
  );
}

async function movePoints(board: BoardPort, step: Step & { plan: CurvePlanLike; moved: { item: Placed; x: number; y: number }[] }): Promise<void> {
  const { plan, moved, call, limit } = step;
  if (plan.moves.length === 0) return;
  const items = new Map((await call(() => board.get({ id: plan.moves.map((move) => move.id) }))).filter(isPlaced).map((item) => [item.id, item]));
  await mapBounded(plan.moves, limit, async (move) => {
    const item = items.get(move.id);
    if (item === undefined) throw new Error(`curve point ${move.id} is gone`);
    const from = { item, x: item.x, y: item.y };
    Object.assign(item, { x: move.x, y: move.y });
    await call(() => item.sync());
    moved.push(from);
  });
}

async function undo(board: BoardPort, step: Step & { created: BoardItem[]; moved: { item: Placed; x: number; y: number }[] }): Promise<string> {
  const failures: string[] = [];
  await mapBounded(step.created, step.limit, async (item) => {
    await step.call(() => board.remove(item)).catch((error: unknown) => failures.push(`${item.id}: ${errorMessage(error)}`));
  });
  await mapBounded(step.moved, step.limit, async ({ item, x, y }) => {
    Object.assign(item, { x, y });
    await step.call(() => item.sync()).catch((error: unknown) => failures.push(`${item.id}: ${errorMessage(error)}`));
  });
  return failures.length === 0 ? 'The curve is as it was.' : `Could not put back ${failures.join('; ')}.`;
}

async function removeAll(board: BoardPort, ids: readonly string[], step: Step): Promise<number> {
  if (ids.length === 0) return 0;
  const leftovers = (what: string, error: unknown) =>
    new Error(`The curve is refreshed, but ${what} could not be removed: ${errorMessage(error)}. Refresh again to tidy it.`, { cause: error });
  let items: BoardItem[];
  try {
    items = await step.call(() => board.get({ id: [...ids] }));
  } catch (error) {
    throw leftovers(ids.join(','), error);
  }
  // Connectors first (they come first in the plan): removing a point takes its connectors with it.
  const ordered = ids.flatMap((id) => items.filter((item) => item.id === id));
  let removed = 0;
  for (const item of ordered) {
    try {
      await step.call(() => board.remove(item));
      removed++;
    } catch (error) {
      const still = await board.get({ id: item.id }).catch(() => [item]);
      if (still.length > 0) throw leftovers(item.id, error);
    }
  }
  return removed;
}
