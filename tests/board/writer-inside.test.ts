// On the board itself (not just in the plan): every item the writer makes sits
// inside the frame, text items at the height the board gives them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { journeyArbitrary } from '../support/journeys.ts';

describe('writePlan on the board', () => {
  it('keeps every created item inside the frame', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ maxStages: 5, maxNotesPerCell: 4 }), async (journey) => {
        const board = new MemoryBoard();
        const result = await writePlan(board, layoutJourney(journey));
        const frame = board.absoluteBox(result.frameId);
        if (frame === undefined) throw new Error('no frame');
        for (const id of Object.values(result.itemIds)) {
          const item = board.item(id);
          if (item?.type === 'connector') continue;
          const box = board.absoluteBox(id);
          if (box === undefined) throw new Error(`no box for ${id}`);
          expect(box.x - box.width / 2, id).toBeGreaterThanOrEqual(frame.x - frame.width / 2);
          expect(box.x + box.width / 2, id).toBeLessThanOrEqual(frame.x + frame.width / 2);
          expect(box.y - box.height / 2, id).toBeGreaterThanOrEqual(frame.y - frame.height / 2);
          expect(box.y + box.height / 2, id).toBeLessThanOrEqual(frame.y + frame.height / 2);
        }
      }),
      { numRuns: 40 },
    );
  });
});
