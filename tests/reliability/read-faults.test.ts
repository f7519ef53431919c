// Reading the board (src/board/reader.ts) while things go wrong: a read never
// changes the board, whichever call fails; the rate limit striking must not
// make the whole gap check or recolour fail. The read asks for no metadata.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { readBoard } from '../../src/board/reader.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { boardState, instantClock, rateLimitOn, sweepFailingCalls } from './harness.ts';
import { withUnverified } from '../support/unverified.ts';

const parsed = parseSnapshotText(readFileSync(new URL('../hostile/boards/two-frames-overlapping.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
/** Two journey frames, overlapping. */
const start: BoardSnapshot = parsed.snapshot;

describe('reading the board under faults', { timeout: 60_000 }, () => {
  it.each(withUnverified([0, 1]))('never changes the board, and fails with the failing call named, for every failing call k (%i ms latency per call; %s)', async (latencyMs, _name, unverified) => {
    const clean = MemoryBoard.fromSnapshot(start, { latencyMs, unverified });
    await readBoard(clean);
    const calls = clean.calls.length;
    const failures = await sweepFailingCalls({
      suite: `read (readBoard, ${latencyMs} ms latency)`,
      calls,
      board: (k) => MemoryBoard.fromSnapshot(start, { failOn: k, latencyMs, unverified }),
      apply: (board) => readBoard(board),
      judgeSuccess: () => ['the read succeeded although a call failed'],
      judgeFailure: ({ board, before, message, k }) => [
        ...(isDeepStrictEqual(boardState(board), before) ? [] : ['the board changed']),
        ...(message.includes(`call #${k} `) ? [] : [message]),
      ],
    });
    expect(failures).toEqual([]);
  });

  it('asks for no metadata at all (Miro has none for frames), so a frame deleted meanwhile cannot fail the read', async () => {
    const board = MemoryBoard.fromSnapshot(start);
    const reading = await readBoard(board);
    expect(board.calls.filter((call) => call.method.endsWith('etMetadata'))).toEqual([]);
    expect(reading.snapshot.items).toHaveLength(start.items.length);
  });

  it('waits out the rate limit instead of failing the read', async () => {
    const board = MemoryBoard.fromSnapshot(start, { failOn: rateLimitOn(new Set([1, 4])) });
    const reading = await readBoard(board, { retry: { clock: instantClock() } });
    expect(reading.snapshot.items).toHaveLength(start.items.length);
  });
});
