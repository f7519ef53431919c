// Carries a board plan out on the board: tags, the frame, the children (bounded
// concurrency, each created inside the frame's area then linked with
// `frame.add`), a tiny metadata hint, then a zoom. Any failure other than the
// rate limit (which is waited out) removes everything this run created.
import { isPlacedChild, type BoardPlan, type PlanChild, type PlanConnector } from '../layout/plan.ts';
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit } from './calls.ts';
import { errorMessage } from './errors.ts';
import type { Clock } from './memory/clock.ts';
import { occupiedBoxes, placeFrame } from './placement.ts';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';
import { createPlanItem, type Origin } from './writer-props.ts';
import { rollback, type Created } from './writer-rollback.ts';
import { tagNeeds } from './writer-tags.ts';

export interface WriteOptions {
  concurrency?: number;
  clock?: Clock;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface WriteResult {
  frameId: string;
  /** Plan key → id of the board item made for it. */
  itemIds: Record<string, string>;
  /** SDK calls made, retries included. */
  calls: number;
  /** What was left out to stay within Miro's limits (tags). */
  warnings: string[];
}

/** The frame's only metadata: a hint that this app made it. The board reads back without it. */
export const FRAME_HINT_KEY = 'journeyMap';
export const FRAME_HINT = { app: 'journey-map', v: 1 } as const;

/** A call that failed, named by what it was doing ("creating the frame"). */
class StepFailure extends Error {
  override name = 'StepFailure';
  constructor(step: string, cause: unknown) {
    super(`${step} failed: ${errorMessage(cause)}`, { cause });
  }
}

interface Run {
  board: BoardPort;
  options: WriteOptions;
  calls: number;
  created: Created;
}

async function step<T>(run: Run, name: string, call: () => Promise<T>): Promise<T> {
  if (run.options.signal?.aborted === true) throw new StepFailure(name, new Error('cancelled'));
  try {
    return await retryOnRateLimit(() => {
      run.calls++;
      return call();
    }, { clock: run.options.clock });
  } catch (error) {
    throw new StepFailure(name, error);
  }
}

/** Two independent calls: together when the bound allows, else one after the other. */
async function both<A, B>(limit: number, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  if (limit >= 2) return Promise.all([first(), second()]);
  return [await first(), await second()];
}

function checkConnectors(plan: BoardPlan): void {
  const seen = new Set<string>();
  for (const child of plan.children) {
    if (child.type === 'connector' && (!seen.has(child.from) || !seen.has(child.to))) {
      throw new Error(`plan: connector ${child.key} must come after the items it joins (${child.from}, ${child.to})`);
    }
    seen.add(child.key);
  }
}

export async function writePlan(board: BoardPort, plan: BoardPlan, options: WriteOptions = {}): Promise<WriteResult> {
  checkConnectors(plan);
  const run: Run = { board, options, calls: 0, created: { children: [], tags: [] } };
  try {
    return await write(run, plan);
  } catch (error) {
    const problems = await rollback({ board, created: run.created, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY, step: (name, call) => step({ ...run, options: { ...options, signal: undefined } }, name, call) });
    const what = error instanceof StepFailure ? error.message : errorMessage(error);
    const cancelled = options.signal?.aborted === true ? 'Insert cancelled' : 'Could not insert the journey map';
    const removed = run.created.children.length + run.created.tags.length + (run.created.frame === undefined ? 0 : 1);
    const restored =
      problems.length === 0
        ? `The board was restored: ${removed === 0 ? 'nothing had been created' : `removed the ${removed} items this insert had created`}.`
        : `The board could not be fully restored: ${problems.join('; ')}.`;
    throw new Error(`${cancelled}: ${what}. ${restored}`, { cause: error });
  }
}

async function write(run: Run, plan: BoardPlan): Promise<WriteResult> {
  const { board, options } = run;
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  const [items, viewport] = await both(limit, () => step(run, 'reading the board', () => board.get()), () => step(run, 'reading the viewport', () => board.viewport.get()));
  const needs = tagNeeds(plan, items);
  const tagIds = new Map(needs.existing);
  await mapBounded(needs.toCreate, limit, async (props) => {
    const tag = await step(run, `creating the tag "${props.title}"`, () => board.createTag(props));
    run.created.tags.push(tag);
    tagIds.set(tag.title, tag.id);
  });
  const centre = placeFrame(plan.frame, viewport, occupiedBoxes(items));
  const frame = await step(run, 'creating the frame', () =>
    board.createFrame({ title: plan.frame.title, x: centre.x, y: centre.y, width: plan.frame.width, height: plan.frame.height, style: { fillColor: '#ffffff' } }),
  );
  run.created.frame = frame;
  const origin = { x: centre.x - plan.frame.width / 2, y: centre.y - plan.frame.height / 2 };
  const itemIds = await writeChildren(run, { plan, frame, origin, tagIds, perSticky: needs.perSticky });
  await both(
    limit,
    () => step(run, 'writing the frame hint', () => frame.setMetadata(FRAME_HINT_KEY, { ...FRAME_HINT })),
    () => step(run, 'zooming to the frame', () => board.viewport.zoomTo(frame)),
  );
  return { frameId: frame.id, itemIds, calls: run.calls, warnings: needs.warnings };
}

interface ChildContext {
  plan: BoardPlan;
  frame: FrameItem;
  origin: Origin;
  tagIds: ReadonlyMap<string, string>;
  perSticky: ReadonlyMap<string, string[]>;
}

async function writeChildren(run: Run, context: ChildContext): Promise<Record<string, string>> {
  const total = context.plan.children.length;
  const started = new Map<string, Promise<BoardItem>>();
  const itemIds: Record<string, string> = {};
  let done = 0;
  run.options.onProgress?.(0, total);
  await mapBounded(context.plan.children, run.options.concurrency ?? DEFAULT_CONCURRENCY, async (child) => {
    const creating = createChild(run, child, { ...context, started });
    started.set(child.key, creating);
    const item = await creating;
    run.created.children.push(item);
    itemIds[child.key] = item.id;
    await step(run, `adding ${child.key} to the frame`, () => context.frame.add(item));
    done++;
    run.options.onProgress?.(done, total);
  });
  return itemIds;
}

function createChild(run: Run, child: PlanChild, context: ChildContext & { started: Map<string, Promise<BoardItem>> }): Promise<BoardItem> {
  if (!isPlacedChild(child)) return createConnector(run, child, context.started);
  const tagIds = (context.perSticky.get(child.key) ?? []).flatMap((title) => context.tagIds.get(title) ?? []);
  return step(run, `creating ${child.key}`, () => createPlanItem(run.board, child, { origin: context.origin, tagIds }));
}

async function createConnector(run: Run, link: PlanConnector, ends: Map<string, Promise<BoardItem>>): Promise<BoardItem> {
  // The ends were started earlier (checkConnectors); if one failed, this rejects too.
  const [from, to] = await Promise.all([ends.get(link.from), ends.get(link.to)]);
  if (from === undefined || to === undefined) throw new StepFailure(`creating ${link.key}`, new Error('an end item is missing'));
  return step(run, `creating ${link.key}`, () =>
    run.board.createConnector({
      start: { item: from.id, snapTo: 'right' },
      end: { item: to.id, snapTo: 'left' },
      shape: 'straight',
      style: { ...link.style, startStrokeCap: 'none', endStrokeCap: 'none' },
    }),
  );
}
