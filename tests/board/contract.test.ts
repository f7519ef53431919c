// The contract suite on the in-memory board, under every answer to what Miro's
// reference leaves unverified: the same cases the panel's Board check runs on a real board.
import { describe } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import type { Unverified } from '../../src/board/memory/unverified.ts';
import { runBoardContract } from '../support/board-contract.ts';
import { describeUnverified, everyUnverified } from '../support/unverified.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';

/** The hand-made example board: the check must leave someone's work exactly as it was. */
function coffee(): BoardSnapshot {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

/** What the probes must find on a board told `unverified`. */
function answersFor(unverified: Unverified): Record<string, string> {
  return {
    removeFrameRemovesChildren: String(unverified.removeFrameRemovesChildren),
    order: unverified.order === 'insertion' ? 'insertion' : 'other',
    syncNotFoundText: unverified.syncNotFoundText,
    selectAdds: String(unverified.selectAdds),
    getTags: 'refused',
  };
}

for (const unverified of everyUnverified()) {
  describe(`board contract: ${describeUnverified(unverified)}`, () => {
    runBoardContract(() => MemoryBoard.fromSnapshot(coffee(), { unverified }), answersFor(unverified));
  });
}
