// Human edits on an inserted map, read with every piece of metadata stripped
// (the lane kind hints, the frame's mark): the names carry the kinds, so the
// reading still matches the edited truth. Maps without an `other` lane, so no
// lane is ever guessed as the touchpoint lane.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS } from '../../src/model/journey.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { journeyArbitrary } from '../support/journeys.ts';
import { applyEdit, editArbitrary } from './edits.ts';
import { boardWith, exact } from './support.ts';

describe('human edits, read without metadata', () => {
  it('reads back what people made of the map (100 runs of up to 12 edits)', async () => {
    const journeys = journeyArbitrary({ maxNotesPerCell: 2, maxStages: 5, laneKinds: LANE_KINDS.filter((kind) => kind !== 'other') });
    await fc.assert(
      fc.asyncProperty(journeys, fc.array(editArbitrary, { maxLength: 12 }), async (journey, edits) => {
        const { board, frameId } = await boardWith(journey);
        const read = () => readJourney({ ...board.toSnapshot(), metadata: {} }, { frameId });
        const first = read();
        if (!first.ok) throw new Error(first.message);
        const truth = structuredClone(first.journey);
        for (const edit of edits) await applyEdit(board, frameId, truth, edit);
        const after = read();
        if (!after.ok) throw new Error(after.message);
        expect(after.placement.strayItemIds).toEqual([]);
        expect(exact(after.journey)).toEqual(exact(truth));
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});
