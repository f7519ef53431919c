// Shared tools of the fault-injection suites: an instant clock for retries, the
// SDK's rate-limit error at chosen calls, the board's state without call logs,
// an id-free form of it (a retried create gets a later id), the sweep that
// fails each call of a run in turn, and the line that reports its fault points.
import { isDeepStrictEqual } from 'node:util';
import type { Clock } from '../../src/board/clock.ts';
import type { FailOn } from '../../src/board/memory/gate.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardRuleError, CREDITS_PER_MINUTE, ruleText } from '../../src/board/memory/rules.ts';
import type { BoardSnapshot, SnapshotItem } from '../../src/snapshot/snapshot.ts';

/** A clock whose sleeps return at once, moving its time forward. */
export function instantClock(): Clock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

export const RATE_LIMIT_TEXT = ruleText.rateLimit(CREDITS_PER_MINUTE, 'minute');

/** The calls at these 1-based indices fail with the SDK's rate-limit error, before they do anything. */
export function rateLimitOn(indices: ReadonlySet<number>): FailOn {
  return (call) => {
    if (indices.has(call.index)) throw new BoardRuleError(RATE_LIMIT_TEXT);
    return false;
  };
}

/**
 * What the board holds: items and metadata (the call log and viewport are not
 * the board). A synced shape gains `rotation: 0`, the SDK's default, which the
 * snapshot it came from left out: the same board, so it is dropped here.
 */
export function boardState(board: MemoryBoard): Pick<BoardSnapshot, 'items' | 'metadata' | 'appData'> {
  const { items, metadata, appData } = board.toSnapshot();
  const plain = items.map((item) => {
    if ((item as { rotation?: unknown }).rotation !== 0) return item;
    const { rotation: _rotation, ...rest } = item as SnapshotItem & { rotation: number };
    return rest as SnapshotItem;
  });
  return { items: plain, metadata, ...(appData === undefined ? {} : { appData }) };
}

type Fields = Record<string, unknown>;

/** An item named by what it is, not by its id. */
function signature(item: SnapshotItem): string {
  const { id: _id, parentId: _parent, childrenIds: _children, tagIds: _tags, start: _start, end: _end, ...rest } = item as Fields;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** The board with every id replaced by its item's signature, sorted: equal for equal boards whatever ids were handed out. */
export function idFree(snapshot: BoardSnapshot): string[] {
  const names = new Map(snapshot.items.map((item) => [item.id, signature(item)]));
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? `missing:${id}`) : id);
  const endpoint = (end: unknown) => (typeof end === 'object' && end !== null ? { ...(end as Fields), item: name((end as Fields).item) } : end);
  return snapshot.items
    .map((item) => {
      const fields = item as Fields;
      return JSON.stringify([
        signature(item),
        name(fields.parentId),
        Array.isArray(fields.tagIds) ? fields.tagIds.map(name).sort() : null,
        endpoint(fields.start),
        endpoint(fields.end),
        snapshot.metadata[item.id] ?? null,
      ]);
    })
    .sort();
}

/** One line per sweep in the test output: the README's figures come from these. */
export function reportSweep(suite: string, tried: number, survived: number): void {
  console.info(`fault points, ${suite}: ${survived} of ${tried} survived`);
}

export type BoardState = ReturnType<typeof boardState>;

export interface FailingCallSweep {
  /** Named in the report line. */
  suite: string;
  /** Calls of a clean run: call k fails, for every k from 1 to this. */
  calls: number;
  /** A fresh board whose call k fails. */
  board(k: number): MemoryBoard;
  apply(board: MemoryBoard): Promise<unknown>;
  /** What is wrong when the operation finished anyway (none: as asked). */
  judgeSuccess(board: MemoryBoard): string[];
  /** What is wrong after it failed with `message` (none: it survived). */
  judgeFailure(failure: { board: MemoryBoard; before: BoardState; message: string; k: number }): string[] | Promise<string[]>;
}

/** Runs the operation once per failing call k and returns one line per problem, `k=…: …`; reports the fault points survived. */
export async function sweepFailingCalls(sweep: FailingCallSweep): Promise<string[]> {
  const failures: string[] = [];
  for (let k = 1; k <= sweep.calls; k++) {
    const board = sweep.board(k);
    const before = boardState(board);
    let problems: string[];
    try {
      await sweep.apply(board);
      problems = sweep.judgeSuccess(board);
    } catch (error) {
      problems = await sweep.judgeFailure({ board, before, message: error instanceof Error ? error.message : String(error), k });
    }
    failures.push(...problems.map((problem) => `k=${k}: ${problem}`));
  }
  const failed = new Set(failures.map((line) => line.split(':')[0])).size;
  reportSweep(sweep.suite, sweep.calls, sweep.calls - failed);
  return failures;
}

/** The usual verdict on a failure: the board is as before, and the message is the operation's own (naming call k when asked to). */
export function restoredAndSaid(pattern: RegExp, options: { namesCall: boolean }): FailingCallSweep['judgeFailure'] {
  return ({ board, before, message, k }) => [
    ...(isDeepStrictEqual(boardState(board), before) ? [] : [`failed and left the board changed (${message})`]),
    ...(pattern.test(message) && (!options.namesCall || message.includes(`call #${k} `)) ? [] : [`unclear message: ${message}`]),
  ];
}
