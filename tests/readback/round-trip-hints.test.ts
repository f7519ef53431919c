// The round trip with the lane kind hints the app now writes, and without any
// metadata at all (a copied board, another reader): the names carry the kinds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_KIND_HINT_KEY } from '../../src/model/lane-kinds.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { journeyArbitrary } from '../support/journeys.ts';
import { boardWith, comparable } from './support.ts';

describe('round trip and lane kind hints', () => {
  it('every lane label carries its kind hint', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ maxNotesPerCell: 1 }), async (journey) => {
        const { board, itemIds } = await boardWith(journey);
        const metadata = board.toSnapshot().metadata;
        for (const lane of journey.lanes) {
          const hint = metadata[itemIds[`lane:${lane.id}`] ?? '']?.[LANE_KIND_HINT_KEY];
          expect(hint).toBe(lane.kind);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('reads back the same journey with all metadata stripped, when a lane says touchpoints or no unknown lane holds notes', async () => {
    const readable = journeyArbitrary({ maxNotesPerCell: 2 }).filter(
      (journey) => journey.lanes.some((lane) => lane.kind === 'touchpoints') || !journey.lanes.some((lane) => lane.kind === 'other' && journey.notes.some((note) => note.laneId === lane.id)),
    );
    await fc.assert(
      fc.asyncProperty(readable, async (journey) => {
        const { board, frameId } = await boardWith(journey);
        // Without the frame's own hint a one-stage map with no sticky is no map by itself: the frame is named, as when selected.
        const result = readJourney({ ...board.toSnapshot(), metadata: {} }, { frameId });
        if (!result.ok) throw new Error(result.message);
        expect(result.warnings).toEqual([]);
        expect(comparable(result.journey)).toEqual(comparable(journey));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('with metadata stripped and no touchpoint lane, reads the topmost unknown lane holding notes as touchpoints, and says so', async () => {
    const journey = { ...(await import('../support/journeys.ts')).sampleJourney() };
    journey.lanes = journey.lanes.map((lane) => (lane.kind === 'touchpoints' ? { ...lane, name: 'Was passiert', kind: 'other' as const } : lane));
    const { board } = await boardWith(journey);
    const stripped = readJourney({ ...board.toSnapshot(), metadata: {} });
    const hinted = readJourney(board.toSnapshot());
    if (!stripped.ok || !hinted.ok) throw new Error('no map read');
    expect(stripped.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'pain-points', 'opportunities']);
    expect(stripped.warnings).toEqual(['no lane is named as touchpoints: read "Was passiert" as the touchpoint lane (the topmost lane holding stickies)']);
    // With the app's hints on the other labels, the map is the app's: no guessing.
    expect(hinted.journey.lanes.map((lane) => lane.kind)).toEqual(['other', 'thoughts', 'pain-points', 'opportunities']);
  });
});
