// The stage of the demo race property: the coffee map on an in-memory board
// whose every call waits on fast-check's scheduler (so the property picks the
// order in which calls land), a board port per actor that notes what that
// actor created, removed and synced, and a log of every sticky's text as it changes.
import type fc from 'fast-check';
import type { Clock } from '../../../src/board/clock.ts';
import { MemoryBoard } from '../../../src/board/memory/memory-board.ts';
import { writePlan } from '../../../src/board/writer.ts';
import { layoutJourney } from '../../../src/layout/layout.ts';
import { isShape, type BoardSnapshot } from '../../../src/snapshot/snapshot.ts';
import { sampleJourney } from '../../support/journeys.ts';
import { instantClock } from '../../reliability/harness.ts';
import type { FailOn } from '../../../src/board/memory/gate.ts';
import { connectorEndItem } from '../../../src/board/memory/rules.ts';
import type { Unverified } from '../../../src/board/memory/unverified.ts';
import { coffeeDataCheck } from '../../datacheck/coffee-log.ts';

/** One panel operation or the person editing the demo board: what it made and removed through its port. */
export interface Actor {
  name: string;
  created: Set<string>;
  removed: Set<string>;
  /** Connector id → the items it joins (known at creation: a removed connector's ends are not on the board to read). */
  ends: Map<string, string[]>;
  /** Each sync that went through: the content its item held when read, and the content it wrote. */
  syncs: Sync[];
  /** Frame it created → the board's change count when it last read that frame's children (a rollback does, before removing the frame). */
  childrenRead: Map<string, number>;
}

export interface Sync {
  id: string;
  read: unknown;
  wrote: unknown;
}

export const actor = (name: string): Actor => ({ name, created: new Set(), removed: new Set(), ends: new Map(), syncs: [], childrenRead: new Map() });

/** Notes, on each item handed out by a read, what it held then; its sync notes what it wrote over that. */
function watched(who: Actor, found: unknown): unknown {
  if (Array.isArray(found)) return found.map((item) => watched(who, item));
  const item = found as { id: string; content?: unknown; sync?: () => Promise<unknown> };
  if (typeof item.sync !== 'function') return found;
  const [read, sync] = [item.content, item.sync];
  item.sync = async () => {
    const wrote = item.content;
    const result = await sync.call(item);
    who.syncs.push({ id: item.id, read, wrote });
    return result;
  };
  return item;
}

/**
 * The actor's face of the board: the same board, with `create*` and `remove`
 * noting ids. A Proxy, so every other member (storage, viewport, the demo's
 * own `item`, `absoluteBox`…) is the board's own.
 */
export function portOf(board: MemoryBoard, who: Actor): MemoryBoard {
  return new Proxy(board, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const call = value as (...args: unknown[]) => unknown;
      if (typeof property === 'string' && property.startsWith('create')) {
        return async (...args: unknown[]) => {
          const item = (await call.apply(target, args)) as { id: string; start?: unknown; end?: unknown };
          who.created.add(item.id);
          if (property === 'createFrame') watchChildrenReads(target, who, item);
          if (property === 'createConnector') who.ends.set(item.id, [item.start, item.end].flatMap((end) => connectorEndItem(end) ?? []));
          return item;
        };
      }
      if (property === 'get' || property === 'getById') return async (...args: unknown[]) => watched(who, await call.apply(target, args));
      if (property === 'remove') {
        return async (item: { id: string }) => {
          await call.call(target, item);
          who.removed.add(item.id);
        };
      }
      return call.bind(target);
    },
  });
}

/** How many changes each board has made (a clock for the order of what landed). */
const changeCounts = new WeakMap<MemoryBoard, { n: number }>();
const changesSoFar = (board: MemoryBoard): number => changeCounts.get(board)?.n ?? 0;

function watchChildrenReads(board: MemoryBoard, who: Actor, frame: { id: string; getChildren?: () => Promise<unknown> }): void {
  const read = frame.getChildren;
  if (read === undefined) return;
  frame.getChildren = async () => {
    const children = await read.call(frame);
    who.childrenRead.set(frame.id, changesSoFar(board));
    return children;
  };
}

/** Every value a sticky's content took, in the order the board stored them (the first is the starting one). */
export type TextLog = Map<string, string[]>;

/** Item id (not frames, tags, connectors) → the frame it last went into (or out to the board), and the change count when that landed. */
export type ParentLog = Map<string, { frameId: string | undefined; at: number }>;

function watchBoard(board: MemoryBoard): { texts: TextLog; parents: ParentLog } {
  const texts: TextLog = new Map();
  const parents: ParentLog = new Map();
  const changes = { n: 0 };
  changeCounts.set(board, changes);
  const note = () => {
    changes.n++;
    for (const item of board.allItems()) {
      if (item.type === 'frame' || item.type === 'tag' || item.type === 'connector') continue;
      const frameId = typeof item.parentId === 'string' ? item.parentId : undefined;
      if (parents.get(item.id)?.frameId !== frameId || !parents.has(item.id)) parents.set(item.id, { frameId, at: changes.n });
      if (item.type !== 'sticky_note') continue;
      const content = String((item as { content?: unknown }).content ?? '');
      const seen = texts.get(item.id);
      if (seen === undefined) texts.set(item.id, [content]);
      else if (seen.at(-1) !== content) seen.push(content);
    }
  };
  note();
  board.subscribe(note);
  return { texts, parents };
}

/** A clock whose sleeps are the scheduler's to end: each board call (1 ms of latency) lands when the property says. */
function scheduledClock(scheduler: fc.Scheduler): Clock {
  let now = Date.UTC(2026, 10, 29);
  return {
    now: () => now,
    sleep: async (ms) => {
      await scheduler.schedule(Promise.resolve(), 'a board call lands');
      now += ms;
    },
  };
}

/** The board the races start from: the coffee map, and beside it an inserted map with work left for every action. */
export interface Start {
  snapshot: BoardSnapshot;
  data: ReturnType<typeof coffeeDataCheck>;
  /** The hand-made coffee map (the data check's) and the inserted one. */
  frameIds: [string, string];
}

/**
 * The inserted map has an emotion lane whose curve lacks a point (a refresh
 * redraws it) and a sticky whose marker says 😍 and colour says −1 (the gap
 * check offers fix-its that change a sticky).
 */
export async function raceStart(): Promise<Start> {
  const data = coffeeDataCheck();
  const board = MemoryBoard.fromSnapshot(data.board.toSnapshot());
  const journey = sampleJourney();
  journey.lanes.splice(2, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  const { frameId } = await writePlan(board, layoutJourney(journey), { clock: instantClock() });
  const sticky = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: unknown }).content).includes('long form'));
  const point = board.allItems().find((item) => isShape(item) && item.shape === 'circle' && item.parentId === frameId);
  if (sticky === undefined || point === undefined) throw new Error('the inserted map lacks its long-form sticky or a curve point');
  board.externalUpdate(sticky.id, { content: '<p>😍 Fills in a long form</p>' });
  board.externalRemove(point.id);
  return { snapshot: board.toSnapshot(), data, frameIds: [data.map.frameId, frameId] };
}

export interface World {
  board: MemoryBoard;
  clock: Clock;
  texts: TextLog;
  parents: ParentLog;
  data: Start['data'];
  /** The map the actions of this run work on. */
  frameId: string;
}

/** A call made to fail: the board's `at`-th call (1-based), or its `at`-th call of `method`. */
export interface Fault {
  method?: string;
  at: number;
}

/** The board's `failOn` for these faults. */
function failing(faults: readonly Fault[]): FailOn {
  const seen = new Map<string, number>();
  return (call) => {
    const nth = (seen.get(call.method) ?? 0) + 1;
    seen.set(call.method, nth);
    return faults.some((fault) => (fault.method === undefined ? fault.at === call.index : fault.method === call.method && fault.at === nth));
  };
}

/** The start board, its calls ordered by the scheduler, the `faults` failing. */
export function world(scheduler: fc.Scheduler, { start, frameId, unverified, faults }: { start: Start; frameId: string; unverified: Unverified; faults: readonly Fault[] }): World {
  const clock = scheduledClock(scheduler);
  const board = MemoryBoard.fromSnapshot(start.snapshot, {
    clock,
    latencyMs: 1,
    unverified,
    creditsPerMinute: Number.MAX_SAFE_INTEGER,
    creditsPerHour: Number.MAX_SAFE_INTEGER,
    failOn: failing(faults),
  });
  return { board, clock, ...watchBoard(board), data: start.data, frameId };
}
