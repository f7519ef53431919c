// Fuzzing the journey file parser (src/model/journey-file.ts), the edge of the
// panel's JSON import: any text gives a journey or "path: reason" lines, never
// a throw; a valid file round-trips exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile, parseJourneyFileData, toJourneyFile } from '../../src/model/journey-file.ts';
import { journeyArbitrary, sampleJourney } from '../support/journeys.ts';
import { PROPERTY_RUNS } from './runs.ts';

type Result = ReturnType<typeof parseJourneyFile>;

function expectReadable(result: Result): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const line of result.errors) expect(line).toMatch(/^[^\s:][^:]*: \S/);
}

const PATHS = [
  ['schemaVersion'],
  ['journey'],
  ['journey', 'kind'],
  ['journey', 'stages'],
  ['journey', 'stages', 0, 'id'],
  ['journey', 'lanes', 0, 'kind'],
  ['journey', 'notes', 0, 'valence'],
  ['journey', 'notes', 0, 'stageId'],
  ['journey', 'notes', 1, 'text'],
  ['journey', 'persona', 'goals'],
  ['journey', 'review', 'lastReviewed'],
  ['journey', 'objectives', 0],
] as const;

function setPath(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return copy;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  return copy;
}

describe('parseJourneyFile under random input', { timeout: 60_000 }, () => {
  it('never throws on random text and bytes', () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((array) => new TextDecoder().decode(array));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), bytes), (text) => expectReadable(parseJourneyFile(text))),
      { numRuns: PROPERTY_RUNS.journeyText },
    );
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectReadable(parseJourneyFileData(value))),
      { numRuns: PROPERTY_RUNS.journeyJson },
    );
  });

  it('answers a mutated valid file with a journey or path-named errors', () => {
    const valid = toJourneyFile(sampleJourney());
    const change = fc.record({ path: fc.constantFrom(...PATHS), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)) });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const data = changes.reduce<unknown>((current, { path, value }) => setPath(current, path, value), valid);
        const result = parseJourneyFile(JSON.stringify(data));
        expectReadable(result);
        if (!result.ok) expect(result.errors.some((line) => /^(\(root\)|schemaVersion|journey)/.test(line))).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS.journeyMutations },
    );
  });

  it('round-trips every valid journey exactly', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxStages: 5, maxNotesPerCell: 3 }), (journey) => {
        expect(parseJourneyFile(JSON.stringify(toJourneyFile(journey)))).toEqual({ ok: true, value: journey });
      }),
      { numRuns: PROPERTY_RUNS.journeyRoundTrip },
    );
  });
});
