// The central property: a journey the app inserts reads back as the same journey.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJourney } from '../../src/readback/read-journey.ts';
import { journeyArbitrary } from '../support/journeys.ts';
import { boardWith, comparable } from './support.ts';

describe('insert → readback round trip', () => {
  it('reads back every random journey the app writes (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary(), async (journey) => {
        const { board, frameId } = await boardWith(journey);
        const result = readJourney(board.toSnapshot());
        if (!result.ok) throw new Error(result.message);
        expect(result.frame.id).toBe(frameId);
        expect(result.warnings).toEqual([]);
        expect(result.placement.strayItemIds).toEqual([]);
        expect(comparable(result.journey)).toEqual(comparable(journey));
      }),
      { numRuns: 1000 },
    );
  }, 600_000);
});
