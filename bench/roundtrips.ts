// Sequential round trips of reading a board through the adapter (`readBoard`)
// on the in-memory board, counted by the board's clock (rounds.ts), not by
// what the reader says of itself.
import { MemoryBoard } from '../src/board/memory/memory-board.ts';
import { readBoard } from '../src/board/reader.ts';
import type { BoardSnapshot } from '../src/snapshot/snapshot.ts';
import { LATENCY_MS } from './insert.ts';
import { roundClock } from './rounds.ts';

export interface RoundTrips {
  stickies: number;
  /** Counted by the board's clock. */
  rounds: number;
  /** What `readBoard` reports of itself. */
  reported: number;
  calls: number;
  itemsRead: number;
}

export async function countReadRoundTrips(stickies: number, snapshot: BoardSnapshot): Promise<RoundTrips> {
  const clock = roundClock(LATENCY_MS);
  const board = MemoryBoard.fromSnapshot(snapshot, { latencyMs: LATENCY_MS, clock });
  const reading = await readBoard(board);
  return { stickies, rounds: clock.rounds, reported: reading.roundTrips, calls: board.calls.length, itemsRead: reading.snapshot.items.length };
}
