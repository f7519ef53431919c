import { describe, expect, it } from 'vitest';
import { journeySchema, JOURNEY_KINDS } from '../../src/model/journey.ts';
import { laneKindFromName } from '../../src/model/lane-kinds.ts';
import { KIND_LANES, PRESETS, presetJourney, withKind } from '../../src/templates/index.ts';

describe('presets', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s is a valid journey', (_id, preset) => {
    const parsed = journeySchema.safeParse(preset.journey);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('offers the blank map, B2B SaaS, e-commerce and service blueprint presets', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual(['blank', 'b2b-saas', 'e-commerce', 'service-blueprint']);
    expect(presetJourney('service-blueprint')?.kind).toBe('service-blueprint');
  });

  it('gives the blank map the five classic stages', () => {
    expect(presetJourney('blank')?.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase', 'Loyalty']);
  });

  it.each(['b2b-saas', 'e-commerce', 'service-blueprint'])('%s is a complete example', (id) => {
    const journey = presetJourney(id);
    if (journey === undefined) throw new Error(`no preset ${id}`);
    expect(journey.persona.name).not.toBe('');
    for (const list of [journey.persona.goals, journey.persona.motivations, journey.persona.frustrations]) expect(list.length).toBeGreaterThan(0);
    expect(journey.objectives.length).toBeGreaterThanOrEqual(3);
    expect(journey.objectives.length).toBeLessThanOrEqual(5);
    const laneKind = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
    const touchpoints = journey.notes.filter((note) => laneKind.get(note.laneId) === 'touchpoints');
    // Every touchpoint carries valence, channel, owner team and evidence; every stage has one.
    expect(touchpoints.filter((note) => note.valence === null || note.channel === null || note.owner === null || note.evidence === null)).toEqual([]);
    expect(new Set(touchpoints.map((note) => note.stageId)).size).toBe(journey.stages.length);
    expect(journey.notes.some((note) => laneKind.get(note.laneId) === 'pain-points')).toBe(true);
    expect(journey.notes.some((note) => laneKind.get(note.laneId) === 'opportunities')).toBe(true);
  });

  it('hands out a fresh copy each time', () => {
    const first = presetJourney('b2b-saas');
    if (first === undefined) throw new Error('no preset');
    first.stages[0]!.name = 'changed';
    expect(presetJourney('b2b-saas')?.stages[0]?.name).not.toBe('changed');
  });
});

describe('map kinds', () => {
  it('names each kind\'s lanes so the lane-name recogniser reads their kind back', () => {
    for (const kind of JOURNEY_KINDS) {
      for (const lane of KIND_LANES[kind]) expect(laneKindFromName(lane.name)).toBe(lane.kind);
    }
  });

  it('has the service blueprint lanes', () => {
    expect(KIND_LANES['service-blueprint'].map((lane) => lane.kind)).toEqual(['touchpoints', 'frontstage', 'backstage', 'support', 'pain-points', 'opportunities']);
  });

  it.each(PRESETS.flatMap((preset) => JOURNEY_KINDS.map((kind) => [preset.id, kind] as const)))('%s as %s keeps every note in a lane of the journey', (id, kind) => {
    const original = presetJourney(id);
    const changed = presetJourney(id, kind);
    if (original === undefined || changed === undefined) throw new Error('no preset');
    expect(journeySchema.safeParse(changed).success).toBe(true);
    expect(changed.kind).toBe(kind);
    expect(changed.notes.map((note) => note.text)).toEqual(original.notes.map((note) => note.text));
    const kindOf = (journey: typeof original, laneId: string) => journey.lanes.find((lane) => lane.id === laneId)?.kind;
    expect(changed.notes.map((note) => kindOf(changed, note.laneId))).toEqual(original.notes.map((note) => kindOf(original, note.laneId)));
  });

  it('keeps a lane the new kind lacks only when it holds notes', () => {
    const blueprint = presetJourney('service-blueprint');
    if (blueprint === undefined) throw new Error('no preset');
    const asCurrent = withKind(blueprint, 'current-state');
    expect(asCurrent.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities', 'frontstage', 'backstage', 'support']);
    const empty = withKind({ ...blueprint, notes: [] }, 'current-state');
    expect(empty.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities']);
  });
});
