// The real-map corpus (tests/fixtures/readback/real/README.md): each board,
// redrawn from a published map, reads as the expectation written from its source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../src/model/zod.ts';
import { laneKindSchema, journeyKindSchema } from '../../src/model/journey.ts';
import { readFixture, FIXTURES } from './fixture.ts';

const expectationSchema = z.object({
  stages: z.array(z.string()),
  lanes: z.array(z.tuple([z.string(), laneKindSchema])),
  touchpointsPerStage: z.array(z.int()),
  touchpointValences: z.optional(z.array(z.int())),
  notesPerLane: z.optional(z.array(z.int())),
  persona: z.string(),
  goals: z.optional(z.array(z.string())),
  frustrations: z.optional(z.array(z.string())),
  objectives: z.optional(z.array(z.string())),
  kind: journeyKindSchema,
  warnings: z.optional(z.array(z.string())),
});

const REAL = join(FIXTURES, 'real');
const names = readdirSync(REAL).filter((file) => file.endsWith('.expected.json')).map((file) => file.replace('.expected.json', ''));

describe('the real-map corpus', () => {
  it('holds at least eight maps', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s reads as its source says', (name) => {
    const parsed = expectationSchema.safeParse(JSON.parse(readFileSync(join(REAL, `${name}.expected.json`), 'utf8')));
    if (!parsed.success) throw new Error(`${name}.expected.json: ${parsed.error.message}`);
    const expected = parsed.data;
    const { journey, warnings, placement } = readFixture(`real/${name}`);
    const touchpointLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'touchpoints').map((lane) => lane.id));
    const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
    const touchpoints = journey.notes.filter((note) => touchpointLanes.has(note.laneId)).sort((a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0));
    expect(journey.stages.map((stage) => stage.name)).toEqual(expected.stages);
    expect(journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual(expected.lanes);
    expect(journey.stages.map((stage) => touchpoints.filter((note) => note.stageId === stage.id).length)).toEqual(expected.touchpointsPerStage);
    if (expected.touchpointValences !== undefined) expect(touchpoints.map((note) => note.valence)).toEqual(expected.touchpointValences);
    if (expected.notesPerLane !== undefined) expect(journey.lanes.map((lane) => journey.notes.filter((note) => note.laneId === lane.id).length)).toEqual(expected.notesPerLane);
    expect(journey.persona.name).toBe(expected.persona);
    if (expected.goals !== undefined) expect(journey.persona.goals).toEqual(expected.goals);
    if (expected.frustrations !== undefined) expect(journey.persona.frustrations).toEqual(expected.frustrations);
    if (expected.objectives !== undefined) expect(journey.objectives).toEqual(expected.objectives);
    expect(journey.kind).toBe(expected.kind);
    expect(warnings).toEqual(expected.warnings ?? []);
    expect(placement.strayItemIds).toEqual([]);
  });
});
