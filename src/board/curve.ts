// Carrying out a curve refresh (src/emotion/curve-plan.ts decides it): create
// missing points inside the frame, move the others, link neighbours, then
// remove duplicates, points of deleted stages and stray connectors. Creating
// and moving are rolled back on failure; removal comes last because it is the
// one step that cannot be undone, and a failure there leaves a correct curve
// plus leftovers that the next refresh removes.
import { CURVE_COLOR, PAPER } from '../layout/colors.ts';
import { CURVE_POINT_SIZE } from '../layout/geometry.ts';
import { CURVE_LINK_STYLE } from '../layout/grid-items.ts';
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit, type RetryOptions } from './calls.ts';
import { errorClause, errorMessage, isNotFoundError } from './errors.ts';
import { isFrameItem, type BoardItem, type BoardPort, type FrameItem } from './port.ts';
import { linkProps } from './writer-props.ts';
import { applyWhiskers, type WhiskerBefore } from './curve-whiskers.ts';
import type { WhiskerBox } from '../layout/curve-range.ts';

export interface CurvePlanLike {
  frameId: string;
  frameOrigin: { x: number; y: number };
  points: { stageId: string; itemId: string | null; x: number; y: number }[][];
  moves: { id: string; x: number; y: number }[];
  removals: string[];
  links: { row: number; from: number; to: number }[];
  whiskers: { creates: WhiskerBox[]; moves: ({ id: string } & WhiskerBox)[] };
}

export interface CurveResult {
  created: number;
  moved: number;
  linked: number;
  removed: number;
  /** Points someone deleted while the refresh ran: drawn again where they belong. */
  recreated: number;
}

export interface CurveOptions {
  concurrency?: number;
  retry?: RetryOptions;
}

type Placed = BoardItem & { x: number; y: number; sync(): Promise<unknown> };

const isPlaced = (item: BoardItem): item is Placed => 'x' in item && 'y' in item && 'sync' in item;

export async function applyCurvePlan(board: BoardPort, plan: CurvePlanLike, options: CurveOptions = {}): Promise<CurveResult> {
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const created: BoardItem[] = [];
  const moved: { item: Placed; x: number; y: number }[] = [];
  const whiskersMoved: WhiskerBefore[] = [];
  let recreated = new Map<string, string>();
  let linked: number;
  try {
    const frame = await call(() => board.getById(plan.frameId));
    if (!isFrameItem(frame)) throw new Error(`item ${plan.frameId} is not a frame`);
    // Whiskers first, so the points drawn after sit on top of them.
    await applyWhiskers(board, plan.whiskers, { frame, frameOrigin: plan.frameOrigin, created, moved: whiskersMoved, call, limit });
    const ids = await createPoints(board, { plan, frame, created, call, limit });
    recreated = await movePoints(board, { plan, frame, moved, created, call, limit });
    const current = (id: string | undefined) => (id === undefined ? undefined : (recreated.get(id) ?? id));
    const links = linksToDraw(plan, ids, recreated);
    linked = links.length;
    await mapBounded(links, limit, async (link) => {
      const start = current(ids[link.row]?.[link.from]);
      const end = current(ids[link.row]?.[link.to]);
      if (start === undefined || end === undefined) throw new Error('a curve point is missing');
      created.unshift(await call(() => board.createConnector(linkProps(start, end, CURVE_LINK_STYLE))));
    });
  } catch (error) {
    const undone = await undo(board, { created, moved: [...moved, ...whiskersMoved], call, limit });
    throw new Error(`Refreshing the curve failed: ${errorClause(error)}. ${undone}`, { cause: error });
  }
  const removed = await removeAll(board, plan.removals, { call, limit });
  return { created: plan.points.flat().filter((point) => point.itemId === null).length, moved: moved.length, linked, removed, recreated: recreated.size };
}

interface Step {
  call: <T>(work: () => Promise<T>) => Promise<T>;
  limit: number;
}

/** The plan's links, plus those of points drawn again: their connectors went with the deleted point. */
function linksToDraw(plan: CurvePlanLike, ids: string[][], recreated: ReadonlyMap<string, string>): CurvePlanLike['links'] {
  const links = [...plan.links];
  const has = (row: number, from: number) => links.some((link) => link.row === row && link.from === from);
  ids.forEach((row, rowIndex) =>
    row.forEach((id, index) => {
      if (!recreated.has(id)) return;
      if (index > 0 && !has(rowIndex, index - 1)) links.push({ row: rowIndex, from: index - 1, to: index });
      if (index + 1 < row.length && !has(rowIndex, index)) links.push({ row: rowIndex, from: index, to: index + 1 });
    }),
  );
  return links;
}

type PointStep = Step & { plan: CurvePlanLike; frame: FrameItem; created: BoardItem[] };

/** A new curve point at `at` (frame-relative), created on the board inside the frame, then linked to it. */
async function createPoint(board: BoardPort, step: PointStep & { at: { x: number; y: number } }): Promise<string> {
  const { plan, frame, created, call, at } = step;
  const shape = await call(() =>
    board.createShape({
      shape: 'circle',
      content: '',
      x: plan.frameOrigin.x + at.x,
      y: plan.frameOrigin.y + at.y,
      width: CURVE_POINT_SIZE,
      height: CURVE_POINT_SIZE,
      style: { fillColor: CURVE_COLOR, borderColor: CURVE_COLOR, color: PAPER },
    }),
  );
  created.push(shape);
  await call(() => frame.add(shape));
  return shape.id;
}

async function createPoints(board: BoardPort, step: PointStep): Promise<string[][]> {
  return Promise.all(step.plan.points.map((row) => mapBounded(row, step.limit, async (point) => point.itemId ?? createPoint(board, { ...step, at: point }))));
}

/** Moves the kept points; a point someone deleted meanwhile is drawn again. Returns old id → new id for those. */
async function movePoints(board: BoardPort, step: PointStep & { moved: { item: Placed; x: number; y: number }[] }): Promise<Map<string, string>> {
  const { plan, moved, call, limit } = step;
  const recreated = new Map<string, string>();
  if (plan.moves.length === 0) return recreated;
  const items = new Map((await call(() => board.get({ id: plan.moves.map((move) => move.id) }))).filter(isPlaced).map((item) => [item.id, item]));
  await mapBounded(plan.moves, limit, async (move) => {
    const item = items.get(move.id);
    if (item === undefined) return void recreated.set(move.id, await createPoint(board, { ...step, at: move }));
    const from = { item, x: item.x, y: item.y };
    Object.assign(item, { x: move.x, y: move.y });
    try {
      await call(() => item.sync());
      moved.push(from);
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
      recreated.set(move.id, await createPoint(board, { ...step, at: move }));
    }
  });
  return recreated;
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
    new Error(`The curve is refreshed, but ${what} could not be removed: ${errorClause(error)}. Refresh again to tidy it.`, { cause: error });
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
