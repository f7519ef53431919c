// The journey schema and its versioned file form: valid journeys pass, invalid
// ones fail with one "path: reason" line per problem (exact text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../../src/model/journey.ts';
import { parseJourneyFile, parseJourneyFileData, toJourneyFile } from '../../src/model/journey-file.ts';
import { describeIssues } from '../../src/model/zod.ts';
import { journeyArbitrary, sampleJourney } from '../support/journeys.ts';

/** The "path: reason" lines for a sample journey changed by `edit` ([] when it is valid). */
function errorsAfter(edit: (journey: Journey) => void): string[] {
  const journey = sampleJourney();
  edit(journey);
  const result = journeySchema.safeParse(journey);
  return result.success ? [] : describeIssues(result.error);
}

const KIND_OPTIONS = '"current-state"|"future-state"|"day-in-the-life"|"service-blueprint"';

describe('journeySchema', () => {
  it('accepts valid journeys, unchanged', () => {
    expect(journeySchema.parse(sampleJourney())).toEqual(sampleJourney());
    fc.assert(
      fc.property(journeyArbitrary({ maxNotesPerCell: 2 }), (journey) => {
        expect(journeySchema.parse(journey)).toEqual(journey);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts every valence from -2 to 2 and null', () => {
    for (const valence of [-2, -1, 0, 1, 2, null]) expect(errorsAfter((journey) => void ((journey.notes[0] as { valence: unknown }).valence = valence))).toEqual([]);
  });

  it('rejects a wrong kind', () => {
    expect(errorsAfter((journey) => void ((journey as { kind: string }).kind = 'future'))).toEqual([`kind: Invalid option: expected one of ${KIND_OPTIONS}`]);
  });

  it('rejects valence 3, -3 and fractions', () => {
    const setValence = (valence: number) => (journey: Journey) => void ((journey.notes[0] as { valence: number }).valence = valence);
    expect(errorsAfter(setValence(3))).toEqual(['notes.0.valence: Too big: expected number to be <=2']);
    expect(errorsAfter(setValence(-3))).toEqual(['notes.0.valence: Too small: expected number to be >=-2']);
    expect(errorsAfter(setValence(1.5))).toEqual(['notes.0.valence: Invalid input: expected int, received number']);
  });

  it('rejects a note pointing at a missing stage or lane', () => {
    expect(errorsAfter((journey) => void ((journey.notes[2] as { stageId: string }).stageId = 'nowhere'))).toEqual(['notes.2.stageId: no stage has id "nowhere"']);
    expect(errorsAfter((journey) => void ((journey.notes[0] as { laneId: string }).laneId = 'gone'))).toEqual(['notes.0.laneId: no lane has id "gone"']);
  });

  it('rejects duplicate ids of stages, lanes and notes', () => {
    expect(
      errorsAfter((journey) => {
        journey.stages.push({ id: 'discover', name: 'Again', order: 3 });
        journey.lanes.push({ id: 'pains', name: 'More pains', kind: 'pain-points' });
        journey.notes.push({ ...(journey.notes[0] as Journey['notes'][number]) });
      }),
    ).toEqual(['stages.3.id: duplicate id "discover"', 'lanes.4.id: duplicate id "pains"', 'notes.6.id: duplicate id "n1"']);
  });

  it('rejects bad dates with one line each, and a wrong cadence', () => {
    const setDate = (date: string) => (journey: Journey) => void (journey.review.lastReviewed = date);
    expect(errorsAfter(setDate('2026-02-30'))).toEqual(['review.lastReviewed: not a real calendar date']);
    expect(errorsAfter(setDate('1/2/2026'))).toEqual(['review.lastReviewed: expected a date as YYYY-MM-DD']);
    expect(errorsAfter(setDate('2026-9-1'))).toEqual(['review.lastReviewed: expected a date as YYYY-MM-DD']);
    expect(errorsAfter(setDate('2024-02-29'))).toEqual([]);
    expect(errorsAfter((journey) => void ((journey.review as { cadence: string }).cadence = 'monthly'))).toEqual([
      'review.cadence: Invalid option: expected one of "quarterly"|"biannual"|"annual"',
    ]);
  });

  it('rejects an empty id and a wrong lane kind', () => {
    expect(errorsAfter((journey) => void (journey.id = ''))).toEqual(['id: Too small: expected string to have >=1 characters']);
    expect(errorsAfter((journey) => void ((journey.lanes[0] as { kind: string }).kind = 'doing'))).toEqual([
      'lanes.0.kind: Invalid option: expected one of "touchpoints"|"thoughts"|"emotions"|"pain-points"|"opportunities"|"frontstage"|"backstage"|"support"|"other"',
    ]);
  });
});

describe('parseJourneyFile', () => {
  it('round-trips any valid journey through its JSON file form', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxNotesPerCell: 2 }), (journey) => {
        expect(parseJourneyFile(JSON.stringify(toJourneyFile(journey)))).toEqual({ ok: true, value: journey });
      }),
      { numRuns: 100 },
    );
  });

  it('reports invalid JSON', () => {
    expect(parseJourneyFile('{')).toEqual({ ok: false, errors: ["(root): not valid JSON (Expected property name or '}' in JSON at position 1)"] });
  });

  it('reports a wrong or missing schemaVersion', () => {
    expect(parseJourneyFile('{"schemaVersion":2,"journey":{}}')).toEqual({ ok: false, errors: ['schemaVersion: this app reads version 1, the file is version 2'] });
    expect(parseJourneyFile('{"schemaVersion":"1","journey":{}}')).toEqual({ ok: false, errors: ['schemaVersion: this app reads version 1, the file is version "1"'] });
    const missing = parseJourneyFileData({ journey: sampleJourney() });
    expect(missing).toEqual({ ok: false, errors: ['schemaVersion: Invalid input: expected 1'] });
  });

  it('reports data that is not an object as the schema does, with no version error', () => {
    expect(parseJourneyFileData([])).toEqual({ ok: false, errors: ['(root): Invalid input: expected object, received array'] });
    expect(parseJourneyFileData(null)).toEqual({ ok: false, errors: ['(root): Invalid input: expected object, received null'] });
  });

  it('reports a wrong shape, with paths under journey', () => {
    expect(parseJourneyFile('[]')).toEqual({ ok: false, errors: ['(root): Invalid input: expected object, received array'] });
    expect(parseJourneyFile('null')).toEqual({ ok: false, errors: ['(root): Invalid input: expected object, received null'] });
    const journey = { ...sampleJourney(), stages: [{ id: 's', name: 7, order: 0 }], notes: [] };
    expect(parseJourneyFileData({ schemaVersion: 1, journey })).toEqual({ ok: false, errors: ['journey.stages.0.name: Invalid input: expected string, received number'] });
  });
});
