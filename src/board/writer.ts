// Carries a board plan out on the board: tags, the frame (where the board's
// `findEmptySpace` finds room near the viewport's centre), the children
// (bounded concurrency, each created inside the frame's area then linked with
// `frame.add`; connectors just join their ends; a lane label gets its kind
// hint), then a zoom. No metadata on the frame: Miro refuses it there
// (docs/miro-board.md), and readback needs none. Any failure
// other than the per-minute rate limit (waited out) or a briefly locked item
// (retried) removes everything this run created.
import { isPlacedChild, type BoardPlan, type PlanChild, type PlanConnector } from '../layout/plan.ts';
import { mapBounded, retryOnRateLimit } from './calls.ts';
import { errorClause, errorMessage } from './errors.ts';
import type { Clock } from './clock.ts';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';
import type { Rect } from '@mirohq/websdk-types';
import { createPlanItem, linkProps, type Origin } from './writer-props.ts';
import { rollback, type Created } from './writer-rollback.ts';
import { tagNeeds, type NewTag } from './writer-tags.ts';

export interface WriteOptions {
  concurrency?: number;
  clock?: Clock;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Where the frame's centre should go (a drop point); moved to the nearest free space if the map would overlap something. */
  at?: { x: number; y: number };
  /** Where the frame's centre goes, exactly (beside a map); wins over `at`. */
  centre?: { x: number; y: number };
  /** What failed, in the error: "Could not <action>". */
  action?: string;
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

/**
 * Calls kept in flight by default. Miro limits credits a minute, not calls at
 * once (docs/miro-board.md), and a 60-sticky map's ~200 calls then take about a dozen
 * round trips; the rate-limit retry covers bigger maps.
 */
export const WRITE_CONCURRENCY = 32;

/** Clear space asked for around a new frame. */
export const FRAME_OFFSET = 100;

/** A call that failed, named by what it was doing ("creating the frame"). */
class StepFailure extends Error {
  override name = 'StepFailure';
  constructor(step: string, cause: unknown) {
    super(`${step} failed: ${errorMessage(cause)}`, { cause });
  }
}

/** One SDK call, counted, retried on the rate limit, its failure named by `name`. */
type Step = <T>(name: string, call: () => Promise<T>) => Promise<T>;

interface Run {
  board: BoardPort;
  options: WriteOptions;
  calls: number;
  created: Created;
  step: Step;
  /** The same, deaf to the cancel: for putting the board back. */
  cleanupStep: Step;
}

function newRun(board: BoardPort, options: WriteOptions): Run {
  const run: Run = { board, options, calls: 0, created: { children: [], tags: [] }, step: (name, call) => counted({ name, signal: options.signal }, call), cleanupStep: (name, call) => counted({ name }, call) };
  async function counted<T>({ name, signal }: { name: string; signal?: AbortSignal }, call: () => Promise<T>): Promise<T> {
    if (signal?.aborted === true) throw new StepFailure(name, new Error('cancelled'));
    try {
      return await retryOnRateLimit(() => {
        run.calls++;
        return call();
      }, { clock: options.clock });
    } catch (error) {
      throw new StepFailure(name, error);
    }
  }
  return run;
}

/** Two independent calls: together when the bound allows, else one after the other. */
async function both<A, B>(limit: number, [first, second]: [() => Promise<A>, () => Promise<B>]): Promise<[A, B]> {
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

/** Writes the plan; on failure or cancel, removes what it made and throws an InsertFailure. */
export async function writePlan(board: BoardPort, plan: BoardPlan, options: WriteOptions = {}): Promise<WriteResult> {
  checkConnectors(plan);
  const run = newRun(board, options);
  try {
    return await write(run, plan);
  } catch (error) {
    const problems = await rollback({ board, created: run.created, concurrency: options.concurrency ?? WRITE_CONCURRENCY, step: run.cleanupStep });
    const what = errorClause(error);
    const cancelled = options.signal?.aborted === true ? 'Insert cancelled' : `Could not ${options.action ?? 'insert the journey map'}`;
    const removed = run.created.children.length + run.created.tags.length + (run.created.frame === undefined ? 0 : 1);
    const restored =
      problems.length === 0
        ? `The board was restored: ${removed === 0 ? 'nothing had been created' : `removed the ${removed} items this insert had created`}.`
        : `The board could not be fully restored: ${problems.join('; ')}.`;
    throw new InsertFailure(`${cancelled}: ${what}. ${restored}`, { details: { cancelled: options.signal?.aborted === true, restored: problems.length === 0, removed }, cause: error });
  }
}

/** A failed or cancelled insert, with what the rollback did: the panel tells a clean cancel from a failure. */
export class InsertFailure extends Error {
  readonly details: { cancelled: boolean; restored: boolean; removed: number };
  constructor(message: string, { details, cause }: { details: InsertFailure['details']; cause: unknown }) {
    super(message, { cause });
    this.name = 'InsertFailure';
    this.details = details;
  }
}

async function write(run: Run, plan: BoardPlan): Promise<WriteResult> {
  const { board } = run;
  const limit = run.options.concurrency ?? WRITE_CONCURRENCY;
  const [tags, viewport] = await both(limit, [() => run.step('reading the board', () => board.get({ type: 'tag' })), () => run.step('reading the viewport', () => board.viewport.get())]);
  const needs = tagNeeds(plan, tags);
  const centre = run.options.centre ?? (await frameCentre(run, { size: plan.frame, viewport }));
  const pipeline: Pipeline = {
    run,
    plan,
    origin: { x: centre.x - plan.frame.width / 2, y: centre.y - plan.frame.height / 2 },
    perSticky: needs.perSticky,
    tagIds: new Map([...needs.existing].map(([title, id]) => [title, Promise.resolve(id)])),
    items: new Map(),
    itemIds: {},
    done: 0,
  };
  // One bounded pool, in order: tags, the frame, the children. A child waits
  // for the frame and its tags, so nothing waits on a whole phase to finish.
  const frameTask = (): Promise<void> => {
    pipeline.frame = run.step('creating the frame', () =>
      board.createFrame({ title: plan.frame.title, x: centre.x, y: centre.y, width: plan.frame.width, height: plan.frame.height, style: { fillColor: '#ffffff' } }),
    ).then((frame) => (run.created.frame = frame));
    return pipeline.frame.then(() => undefined);
  };
  const tasks = [...needs.toCreate.map((props) => () => tagTask(pipeline, props)), frameTask, ...plan.children.map((child) => () => childTask(pipeline, child))];
  run.options.onProgress?.(0, plan.children.length);
  await mapBounded(tasks, limit, (task) => task());
  const frame = await (pipeline.frame as Promise<FrameItem>);
  await run.step('zooming to the frame', () => board.viewport.zoomTo(frame));
  return { frameId: frame.id, itemIds: pipeline.itemIds, calls: run.calls, warnings: needs.warnings };
}

/**
 * The board's own answer to "where does a new frame fit near the view"; the
 * view's centre when the answer is not a finite point (an item at the edge of
 * the coordinate range must not make every insert fail).
 */
async function frameCentre(run: Run, { size, viewport }: { size: { width: number; height: number }; viewport: Rect }): Promise<{ x: number; y: number }> {
  // Where the map was dropped, else the view's centre.
  const wanted = run.options.at ?? { x: viewport.x + viewport.width / 2, y: viewport.y + viewport.height / 2 };
  const asked = { ...wanted, width: size.width, height: size.height, offset: FRAME_OFFSET };
  const space = await run.step('finding empty space', () => run.board.findEmptySpace(asked));
  return Number.isFinite(space.x) && Number.isFinite(space.y) ? { x: space.x, y: space.y } : { x: asked.x, y: asked.y };
}

interface Pipeline {
  run: Run;
  plan: BoardPlan;
  origin: Origin;
  perSticky: ReadonlyMap<string, string[]>;
  frame?: Promise<FrameItem>;
  /** Tag title → its id, once the tag exists. */
  tagIds: Map<string, Promise<string>>;
  /** Plan key → the item, once created. */
  items: Map<string, Promise<BoardItem>>;
  itemIds: Record<string, string>;
  done: number;
}

function tagTask(pipeline: Pipeline, props: NewTag): Promise<void> {
  const creating = pipeline.run.step(`creating the tag "${props.title}"`, () => pipeline.run.board.createTag(props)).then((tag) => {
    pipeline.run.created.tags.push(tag);
    return tag.id;
  });
  pipeline.tagIds.set(props.title, creating);
  return creating.then(() => undefined);
}

async function childTask(pipeline: Pipeline, child: PlanChild): Promise<void> {
  const creating = createChild(pipeline, child);
  pipeline.items.set(child.key, creating);
  const item = await creating;
  pipeline.run.created.children.push(item);
  pipeline.itemIds[child.key] = item.id;
  // A connector is not a frame child: it goes where its ends go, and whether Miro's
  // `frame.add` takes a connector is not documented (docs/miro-board.md), so it is not asked.
  if (child.type !== 'connector') {
    const frame = await (pipeline.frame as Promise<FrameItem>);
    await pipeline.run.step(`adding ${child.key} to the frame`, () => frame.add(item));
  }
  if (child.type !== 'connector' && child.metadata !== undefined) await writeItemMetadata(pipeline, { item, key: child.key, metadata: child.metadata });
  pipeline.done++;
  pipeline.run.options.onProgress?.(pipeline.done, pipeline.plan.children.length);
}

/** An item's hint (a lane label's kind, an annex's map): shapes and texts hold metadata, frames cannot. */
async function writeItemMetadata(pipeline: Pipeline, { item, key, metadata }: { item: BoardItem; key: string; metadata: Record<string, string> }): Promise<void> {
  if (!('setMetadata' in item)) return;
  for (const [name, value] of Object.entries(metadata)) await pipeline.run.step(`writing the hint of ${key}`, () => item.setMetadata(name, value));
}

async function createChild(pipeline: Pipeline, child: PlanChild): Promise<BoardItem> {
  // The frame and the tags were started by earlier tasks of the pool; if one failed, this rejects too.
  await pipeline.frame;
  if (!isPlacedChild(child)) return createConnector(pipeline, child);
  const titles = pipeline.perSticky.get(child.key) ?? [];
  const tagIds = await Promise.all(titles.flatMap((title) => pipeline.tagIds.get(title) ?? []));
  return pipeline.run.step(`creating ${child.key}`, () => createPlanItem(pipeline.run.board, { item: child, origin: pipeline.origin, tagIds }));
}

async function createConnector(pipeline: Pipeline, link: PlanConnector): Promise<BoardItem> {
  const [from, to] = await Promise.all([pipeline.items.get(link.from), pipeline.items.get(link.to)]);
  if (from === undefined || to === undefined) throw new StepFailure(`creating ${link.key}`, new Error('an end item is missing'));
  return pipeline.run.step(`creating ${link.key}`, () => pipeline.run.board.createConnector(linkProps(from.id, to.id, link.style)));
}
