// Random sequences of human edits on an inserted map: readback matches the edited truth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJourney } from '../../src/readback/read-journey.ts';
import { journeyArbitrary } from '../support/journeys.ts';
import { applyEdit, editArbitrary } from './edits.ts';
import { boardWith, exact } from './support.ts';

describe('human edits on an inserted map', () => {
  it('reads back what people made of the map (300 runs of up to 12 edits)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ maxNotesPerCell: 2, maxStages: 5 }), fc.array(editArbitrary, { maxLength: 12 }), async (journey, edits) => {
        const { board, frameId } = await boardWith(journey);
        const first = readJourney(board.toSnapshot());
        if (!first.ok) throw new Error(first.message);
        const truth = structuredClone(first.journey);
        for (const edit of edits) await applyEdit(board, frameId, truth, edit);
        const after = readJourney(board.toSnapshot());
        if (!after.ok) throw new Error(after.message);
        expect(after.placement.strayItemIds).toEqual([]);
        expect(exact(after.journey)).toEqual(exact(truth));
      }),
      { numRuns: 300 },
    );
  }, 600_000);
});
