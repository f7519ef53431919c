// The shared fixtures in tests/support/journeys.ts must produce journeys the
// model accepts, or every property test built on them proves nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../src/model/journey.ts';
import { JOURNEY_KINDS, LANE_KINDS } from '../../src/model/journey.ts';
import { laneKindFromName } from '../../src/model/lane-kinds.ts';
import { LANE_NAMES, journeyArbitrary, sampleJourney } from '../support/journeys.ts';

describe('tests/support/journeys', () => {
  it('sampleJourney is valid and a fresh copy each time', () => {
    expect(journeySchema.safeParse(sampleJourney()).success).toBe(true);
    const first = sampleJourney();
    first.notes.pop();
    expect(sampleJourney().notes).toHaveLength(6);
  });

  it('journeyArbitrary yields valid journeys within its bounds', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        expect(journeySchema.safeParse(journey).error?.issues).toBeUndefined();
        expect(journey.stages.length).toBeGreaterThanOrEqual(1);
        expect(journey.stages.length).toBeLessThanOrEqual(8);
        expect(journey.lanes.length).toBeGreaterThanOrEqual(1);
        for (const stage of journey.stages) {
          for (const lane of journey.lanes) {
            const inCell = journey.notes.filter((note) => note.stageId === stage.id && note.laneId === lane.id);
            expect(inCell.length).toBeLessThanOrEqual(6);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('journeyArbitrary reaches every lane kind, every map kind and every valence', () => {
    const samples = fc.sample(journeyArbitrary(), { numRuns: 200, seed: 42 });
    const laneKinds = new Set(samples.flatMap((journey) => journey.lanes.map((lane) => lane.kind)));
    const kinds = new Set(samples.map((journey) => journey.kind));
    const valences = new Set(samples.flatMap((journey) => journey.notes.map((note) => note.valence)));
    expect([...laneKinds].sort()).toEqual([...LANE_KINDS].sort());
    expect([...kinds].sort()).toEqual([...JOURNEY_KINDS].sort());
    expect([...valences].sort()).toEqual([-1, -2, 0, 1, 2, null].sort());
  });

  it('names each lane so that its kind reads back from the name', () => {
    for (const kind of LANE_KINDS) expect(laneKindFromName(LANE_NAMES[kind])).toBe(kind);
  });

  it('honours its options', () => {
    const arbitrary = journeyArbitrary({ kind: 'service-blueprint', minStages: 3, maxStages: 3, laneKinds: ['frontstage', 'backstage'], maxNotesPerCell: 1 });
    fc.assert(
      fc.property(arbitrary, (journey) => {
        expect(journey.kind).toBe('service-blueprint');
        expect(journey.stages).toHaveLength(3);
        expect(journey.lanes.every((lane) => lane.kind === 'frontstage' || lane.kind === 'backstage')).toBe(true);
        expect(journey.notes.length).toBeLessThanOrEqual(3 * journey.lanes.length);
      }),
      { numRuns: 30 },
    );
  });
});
