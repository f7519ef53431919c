import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../src/model/journey.ts';
import { z } from '../../src/model/zod.ts';
import { generateJourney } from '../../bench/journeys.ts';
import { seededRandom } from '../../src/model/seeded-random.ts';

describe('benchmark journeys', () => {
  it('are valid, of the asked size, and the same on every run', () => {
    const journey = generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 });
    expect(z.safeParse(journeySchema, journey).success).toBe(true);
    expect([journey.stages.length, journey.lanes.length, journey.notes.length]).toEqual([6, 5, 60]);
    expect(generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 })).toEqual(journey);
  });

  it('fill every cell but the emotion lane evenly', () => {
    const journey = generateJourney({ kind: 'service-blueprint', stages: 12, lanes: 8, notes: 600, seed: 7 });
    const emotions = journey.lanes.find((lane) => lane.kind === 'emotions')?.id;
    const perCell = new Map<string, number>();
    for (const note of journey.notes) perCell.set(`${note.stageId}/${note.laneId}`, (perCell.get(`${note.stageId}/${note.laneId}`) ?? 0) + 1);
    expect(journey.kind).toBe('service-blueprint');
    expect(journey.notes.some((note) => note.laneId === emotions)).toBe(false);
    expect(perCell.size).toBe(12 * 7);
    expect(Math.max(...perCell.values()) - Math.min(...perCell.values())).toBeLessThanOrEqual(1);
    expect(new Set(journey.notes.map((note) => note.text)).size).toBe(600);
  });

  it('draw from a seeded generator that repeats and stays in [0, 1)', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const draws = Array.from({ length: 100 }, () => a());
    expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('benchmark lanes', () => {
  it('are the kind’s own, then the classic lanes it lacks', () => {
    expect(generateJourney({ kind: 'service-blueprint', stages: 2, lanes: 8, notes: 4 }).lanes.map((lane) => lane.kind)).toEqual([
      'touchpoints', 'frontstage', 'backstage', 'support', 'pain-points', 'opportunities', 'thoughts', 'emotions',
    ]);
    expect(() => generateJourney({ kind: 'current-state', stages: 2, lanes: 9, notes: 4 })).toThrow('a current-state map has at most 5 lanes here');
  });
});
