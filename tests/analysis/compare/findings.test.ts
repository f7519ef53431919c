import { describe, expect, it } from 'vitest';
import { compareJourneys, type Comparison } from '../../../src/analysis/compare/compare.ts';
import { futureFindings } from '../../../src/analysis/compare/findings.ts';
import type { Journey } from '../../../src/model/journey.ts';
import { sampleJourney } from '../../support/journeys.ts';

function future(change: (journey: Journey) => void): { after: Journey; comparison: Comparison } {
  const after = sampleJourney();
  after.kind = 'future-state';
  change(after);
  const result = compareJourneys({ before: sampleJourney(), after });
  if (!result.ok) throw new Error(result.message);
  return { after, comparison: result.comparison };
}

describe('future-map findings', () => {
  it('one warning per unaddressed pain point, pointing at it on the current map, and one per regression', () => {
    const { after, comparison } = future((journey) => {
      const box = journey.notes.find((note) => note.id === 'n5');
      if (box !== undefined) box.valence = 1;
    });
    expect(futureFindings({ comparison, after })).toEqual([
      { rule: 'future-unaddressed-pain', group: 'comparison', severity: 'warning', message: 'Pain point "Fills in a long form" in "Sign up" is not addressed by the future map', itemIds: ['n2'] },
      { rule: 'future-unaddressed-pain', group: 'comparison', severity: 'warning', message: 'Pain point "Too many fields & no guest checkout" in "Sign up" is not addressed by the future map', itemIds: ['n3'] },
      { rule: 'future-regression', group: 'comparison', severity: 'warning', message: 'Touchpoint "Box arrives <on time>" in "First box" feels worse than today', itemIds: ['n5'] },
    ]);
  });

  it('calls a map with ≥ 90% happy touchpoints and no pain left a wish', () => {
    const wish = future((journey) => {
      journey.notes = journey.notes.filter((note) => note.laneId !== 'pains').map((note) => (note.laneId === 'doing' ? { ...note, valence: 2 } : note));
    });
    expect(futureFindings(wish).map((entry) => [entry.rule, entry.severity])).toEqual([['future-wishful', 'info']]);
    const plan = future((journey) => {
      journey.notes = journey.notes.map((note) => (note.laneId === 'doing' ? { ...note, valence: 2 } : note));
    });
    // The pain sticky is still there: not a wish, and that pain is still open.
    expect(futureFindings(plan).map((entry) => entry.rule)).toEqual(['future-unaddressed-pain']);
  });
});
