// The emotion curve's tests start from the same board: the sample map with an
// emotions lane, inserted on an in-memory board, and read back by its frame.
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import type { Journey } from '../../src/model/journey.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { sampleJourney } from '../support/journeys.ts';

export interface InsertedCurveMap {
  inserted: BoardSnapshot;
  frameId: string;
  /** Reads the map's frame back from a snapshot of the board; throws when it cannot. */
  read: (snapshot: BoardSnapshot) => Extract<ReturnType<typeof readJourney>, { ok: true }>;
}

/** The sample map with an emotions lane (third), changed by `change` first, inserted on a new board. */
export async function insertedWithEmotions(change: (journey: Journey) => void = () => undefined): Promise<InsertedCurveMap> {
  const journey = sampleJourney();
  journey.lanes.splice(2, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  change(journey);
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, layoutJourney(journey));
  const read = (snapshot: BoardSnapshot) => {
    const result = readJourney(snapshot, { frameId });
    if (!result.ok) throw new Error(result.message);
    return result;
  };
  return { inserted: board.toSnapshot(), frameId, read };
}
