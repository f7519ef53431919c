import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importJourneyJson } from '../../src/io/import-json.ts';
import { toJourneyFile } from '../../src/model/journey-file.ts';
import { journeyArbitrary } from '../support/journeys.ts';

describe('importJourneyJson', () => {
  it('reads back any journey written in the versioned form, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxStages: 4, maxNotesPerCell: 3 }), fc.boolean(), (journey, bom) => {
        const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(toJourneyFile(journey))}`;
        expect(importJourneyJson(text)).toEqual({ ok: true, value: journey });
      }),
      { numRuns: 50 },
    );
  });

  it('gives "path: reason" errors and no journey', () => {
    expect(importJourneyJson('{"schemaVersion":1,"journey":{}}')).toMatchObject({ ok: false, errors: expect.arrayContaining(['journey.id: Invalid input: expected string, received undefined']) });
  });

  it('refuses a file over 1 MB', () => {
    expect(importJourneyJson(`"${'x'.repeat(1_000_001)}"`)).toEqual({ ok: false, errors: ['the file is 1.0 MB; the limit is 1 MB'] });
  });
});
