// Insert benchmarks: the real layout and writer on the in-memory board.
// M: 25 ms a call on the real clock, the writer's concurrency against one call
// at a time. L: about 600 stickies against Miro's credit limit, on a scaled
// clock so that a minute of waiting for credits takes a few real seconds.
import { classifyError } from '../src/board/errors.ts';
import { mapBounded } from '../src/board/calls.ts';
import { scaledClock, type Clock } from '../src/board/clock.ts';
import { MemoryBoard } from '../src/board/memory/memory-board.ts';
import { isSticky, type SnapshotItem } from '../src/snapshot/snapshot.ts';
import { writePlan } from '../src/board/writer.ts';
import { layoutJourney, type BoardPlan } from '../src/layout/layout.ts';
import { watchErrors } from './error-watch.ts';
import { generateJourney } from './journeys.ts';
import { roundClock } from './rounds.ts';
import { median } from './stats.ts';

export const LATENCY_MS = 25;
/** Simulated milliseconds per real one in the L run: 25 ms of latency take 1 real ms. */
export const L_CLOCK_FACTOR = 25;
/** Credits the app has already spent this minute when the L insert starts, so that the limit bites. */
export const L_PRESPENT_CALLS = 1_000;

export interface InsertM {
  items: number;
  calls: number;
  latencyMs: number;
  wallMs: number;
  naiveWallMs: number;
  /** Sequential round trips of the same insert, counted by the board's clock: wall / latency without timer or CPU noise. */
  rounds: number;
}

export interface InsertL {
  items: number;
  calls: number;
  latencyMs: number;
  /** Simulated time the user waits, rate-limit waits included. */
  wallMs: number;
  rateLimitErrors: number;
  completed: boolean;
  plannedStickies: number;
  stickiesOnBoard: number;
  missingStickies: number;
  duplicateStickies: number;
  prespentCredits: number;
  clockFactor: number;
  realWallMs: number;
  error?: string;
}

async function writeTimed(plan: BoardPlan, options: { concurrency?: number }) {
  const board = new MemoryBoard({ latencyMs: LATENCY_MS });
  const start = performance.now();
  await writePlan(board, plan, options);
  return { board, wallMs: performance.now() - start };
}

/** Runs of the M insert whose wall times give the median: timers on a shared machine wake late now and then. */
export const M_RUNS = 5;

export async function benchInsertM(): Promise<InsertM> {
  const plan = layoutJourney(generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 }));
  const first = await writeTimed(plan, {});
  const wallTimes = [first.wallMs];
  while (wallTimes.length < M_RUNS) wallTimes.push((await writeTimed(plan, {})).wallMs);
  const naive = await writeTimed(plan, { concurrency: 1 });
  const clock = roundClock(LATENCY_MS);
  await writePlan(new MemoryBoard({ latencyMs: LATENCY_MS, clock }), plan, { clock });
  return { items: first.board.allItems().length, calls: first.board.calls.length, latencyMs: LATENCY_MS, wallMs: median(wallTimes), naiveWallMs: naive.wallMs, rounds: clock.rounds };
}

/** A sticky's content and its frame-relative place: the same key twice is a duplicate. */
const stickyKey = (content: string, x: number, y: number) => `${content}@${x.toFixed(1)},${y.toFixed(1)}`;

/** Planned stickies missing from the frame, and stickies in the frame beyond what was planned. */
export function compareStickies(plan: BoardPlan, board: { items: readonly SnapshotItem[]; frameId: string }): { onBoard: number; missing: number; duplicates: number } {
  const wanted = new Map<string, number>();
  for (const child of plan.children) {
    if (child.type !== 'sticky_note') continue;
    const key = stickyKey(child.content, child.box.x, child.box.y);
    wanted.set(key, (wanted.get(key) ?? 0) + 1);
  }
  const stickies = board.items.filter(isSticky).filter((sticky) => sticky.parentId === board.frameId);
  let duplicates = 0;
  for (const sticky of stickies) {
    const key = stickyKey(sticky.content, sticky.x, sticky.y);
    const left = wanted.get(key) ?? 0;
    if (left === 0) duplicates++;
    else wanted.set(key, left - 1);
  }
  const missing = [...wanted.values()].reduce((sum, count) => sum + count, 0);
  return { onBoard: stickies.length, missing, duplicates };
}

async function prespend(board: MemoryBoard, calls: number): Promise<void> {
  await mapBounded(Array.from({ length: calls }), 50, () => board.viewport.get());
}

export async function benchInsertL(): Promise<InsertL> {
  const plan = layoutJourney(generateJourney({ kind: 'service-blueprint', stages: 12, lanes: 8, notes: 600 }));
  const clock: Clock = scaledClock(L_CLOCK_FACTOR);
  const board = new MemoryBoard({ latencyMs: LATENCY_MS, clock });
  await prespend(board, L_PRESPENT_CALLS);
  const callsBefore = board.calls.length;
  const itemsBefore = board.allItems().length;
  let rateLimitErrors = 0;
  const watched = watchErrors(board, (error) => {
    if (classifyError(error).kind === 'rate-minute') rateLimitErrors++;
  });
  const start = { simulated: clock.now(), real: performance.now() };
  let frameId = '';
  let error: string | undefined;
  try {
    frameId = (await writePlan(watched, plan, { clock })).frameId;
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  const items = board.allItems();
  const stickies = compareStickies(plan, { items, frameId });
  const planned = plan.children.filter((child) => child.type === 'sticky_note').length;
  return {
    items: items.length - itemsBefore,
    calls: board.calls.length - callsBefore,
    latencyMs: LATENCY_MS,
    wallMs: clock.now() - start.simulated,
    rateLimitErrors,
    completed: error === undefined && stickies.missing === 0 && stickies.duplicates === 0 && stickies.onBoard === planned,
    plannedStickies: planned,
    stickiesOnBoard: stickies.onBoard,
    missingStickies: stickies.missing,
    duplicateStickies: stickies.duplicates,
    prespentCredits: L_PRESPENT_CALLS * 50,
    clockFactor: L_CLOCK_FACTOR,
    realWallMs: performance.now() - start.real,
    ...(error === undefined ? {} : { error }),
  };
}
