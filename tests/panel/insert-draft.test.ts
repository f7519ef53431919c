import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../../src/model/journey.ts';
import { draftReducer, linesOf, type DraftAction, type ListName } from '../../src/panel/insert/draft.ts';
import { journeyArbitrary, sampleJourney } from '../support/journeys.ts';

/** An edit drawn without knowing the ids; `resolve` points it at an existing stage or lane. */
const edit = fc.record({
  list: fc.constantFrom<ListName>('stages', 'lanes'),
  pick: fc.nat(),
  name: fc.string({ maxLength: 12 }),
  kind: fc.constantFrom('add', 'rename', 'remove', 'up', 'down'),
});

function resolve(step: typeof edit extends fc.Arbitrary<infer E> ? E : never, journey: Journey): DraftAction {
  const { list, pick, name, kind } = step;
  if (kind === 'add') return { type: 'add', list };
  const pool = journey[list];
  const id = pool.length === 0 ? 'missing' : (pool[pick % pool.length]?.id ?? 'missing');
  if (kind === 'rename') return { type: 'rename', list, id, name };
  if (kind === 'remove') return { type: 'remove', list, id };
  return { type: 'move', list, id, by: kind === 'up' ? -1 : 1 };
}

describe('the Insert tab draft', () => {
  it('stays a valid journey under any sequence of stage and lane edits, stage order following the list', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxStages: 5, maxNotesPerCell: 2 }), fc.array(edit, { maxLength: 15 }), (start, steps) => {
        let journey = draftReducer(start, { type: 'reset', journey: start });
        for (const step of steps) {
          journey = draftReducer(journey, resolve(step, journey));
          const parsed = journeySchema.safeParse(journey);
          expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
          expect(journey.stages.map((stage) => stage.order)).toEqual(journey.stages.map((_stage, index) => index));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moves a stage by one place, and not past either end', () => {
    const journey = sampleJourney();
    const names = (j: typeof journey) => j.stages.map((stage) => stage.name);
    expect(names(draftReducer(journey, { type: 'move', list: 'stages', id: 'first-box', by: -1 }))).toEqual(['Discover', 'First box', 'Sign up']);
    expect(names(draftReducer(journey, { type: 'move', list: 'stages', id: 'discover', by: -1 }))).toEqual(['Discover', 'Sign up', 'First box']);
  });

  it('removes a stage with its notes', () => {
    const next = draftReducer(sampleJourney(), { type: 'remove', list: 'stages', id: 'sign-up' });
    expect(next.notes.map((note) => note.id)).toEqual(['n1', 'n5', 'n6']);
  });

  it('gives a new lane its kind from the name it is given, and keeps a known lane\'s kind', () => {
    let journey = draftReducer(sampleJourney(), { type: 'add', list: 'lanes' });
    const added = journey.lanes.at(-1);
    expect(added).toEqual({ id: 'lane-5', name: 'New lane', kind: 'other' });
    journey = draftReducer(journey, { type: 'rename', list: 'lanes', id: 'lane-5', name: 'Emotions' });
    journey = draftReducer(journey, { type: 'rename', list: 'lanes', id: 'doing', name: 'Steps' });
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'pain-points', 'opportunities', 'emotions']);
  });

  it('reads one entry per non-blank line', () => {
    expect(linesOf(' a \n\n b\r\n  \n')).toEqual(['a', 'b']);
  });
});
