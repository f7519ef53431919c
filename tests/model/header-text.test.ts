// The header text contract: what the layout writes, the readback reads back
// equal; and the ways people write a header by hand read sensibly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOURNEY_KINDS, PALETTES, REVIEW_CADENCES } from '../../src/model/journey.ts';
import {
  legendTitle,
  objectivesLines,
  personaLines,
  readHeaderLines,
  readKind,
  readLegendPalette,
  readReview,
  reviewLine,
} from '../../src/model/header-text.ts';
import { htmlToLines, textToHtml } from '../../src/model/html.ts';
import { isoDateArbitrary, sampleJourney, textArbitrary } from '../support/journeys.ts';

const persona = fc.record({
  name: textArbitrary(3),
  description: fc.oneof(fc.constant(''), textArbitrary(6)),
  goals: fc.array(textArbitrary(5), { maxLength: 5 }),
  motivations: fc.array(textArbitrary(5), { maxLength: 5 }),
  frustrations: fc.array(textArbitrary(5), { maxLength: 5 }),
});

describe('header text round trip (written by the layout, read by the readback)', () => {
  it('persona and objectives read back equal, also through board HTML (property)', () => {
    fc.assert(
      fc.property(persona, fc.array(textArbitrary(6), { maxLength: 7 }), (written, objectives) => {
        const lines = [...personaLines(written), ...objectivesLines(objectives)];
        const reading = readHeaderLines(lines);
        expect(reading.persona).toEqual(written);
        expect(reading.objectives).toEqual(objectives);
        expect(readHeaderLines(htmlToLines(textToHtml(lines.join('\n')))).persona).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a persona with an empty name or description', () => {
    const written = { name: '', description: 'remote worker', goals: [], motivations: [], frustrations: [] };
    expect(readHeaderLines(personaLines(written)).persona).toEqual(written);
    const nameOnly = { ...written, name: 'Sam', description: '' };
    expect(readHeaderLines(personaLines(nameOnly)).persona).toEqual(nameOnly);
  });

  it('review line: kind, last review and cadence read back (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOURNEY_KINDS),
        fc.option(isoDateArbitrary, { nil: null }),
        fc.option(fc.constantFrom(...REVIEW_CADENCES), { nil: null }),
        (kind, lastReviewed, cadence) => {
          const line = reviewLine(kind, { lastReviewed, cadence });
          expect(readReview(line)).toEqual({ lastReviewed, cadence });
          expect(readKind(line)).toBe(kind);
        },
      ),
    );
  });

  it('legend title names its palette', () => {
    for (const palette of PALETTES) expect(readLegendPalette(legendTitle(palette))).toBe(palette);
  });

  it('writes the sample header as documented', () => {
    const journey = sampleJourney();
    expect(personaLines(journey.persona)).toEqual([
      'Persona: Sam — remote worker who drinks three cups a day',
      'Goals: Good coffee without shopping; Control over the budget',
      'Motivations: Tries new roasts',
      'Frustrations: Deliveries that miss the letterbox',
    ]);
    expect(objectivesLines(['a', 'b'])).toEqual(['Objectives:', '1. a', '2. b']);
    expect(reviewLine('service-blueprint', { lastReviewed: null, cadence: 'biannual' })).toBe('Map: Service blueprint · Last reviewed: never · Review: twice a year');
    expect(legendTitle('colour-blind')).toBe('Emotion legend · colour-blind safe palette');
  });
});

describe('hand-written headers', () => {
  it('"Persona: Sam, remote worker" and other name/description separators', () => {
    const read = (line: string) => {
      const { name, description } = readHeaderLines([line]).persona;
      return { name, description };
    };
    expect(read('Persona: Sam, remote worker who drinks three cups a day')).toEqual({ name: 'Sam', description: 'remote worker who drinks three cups a day' });
    expect(read('persona - Sam (32) - remote worker')).toEqual({ name: 'Sam (32)', description: 'remote worker' });
    expect(read('Persona: Sam: remote, busy')).toEqual({ name: 'Sam', description: 'remote, busy' });
    expect(read('Persona: Sam')).toEqual({ name: 'Sam', description: '' });
  });

  it('bulleted and numbered lists under a label, and "Pains" for frustrations', () => {
    const reading = readHeaderLines([
      'Persona: Sam',
      'Goals:',
      '- Good coffee',
      '• Control over the budget',
      '* Less waste',
      'Pains: Late deliveries | Surprise charges',
      'Objectives',
      '1. Find the drop',
      '2) Pick owners',
      'Motivations: Tries new roasts; ',
    ]);
    expect(reading.persona.goals).toEqual(['Good coffee', 'Control over the budget', 'Less waste']);
    expect(reading.persona.frustrations).toEqual(['Late deliveries', 'Surprise charges']);
    expect(reading.persona.motivations).toEqual(['Tries new roasts']);
    expect(reading.objectives).toEqual(['Find the drop', 'Pick owners']);
    expect([...reading.found].sort()).toEqual(['frustrations', 'goals', 'motivations', 'objectives', 'persona']);
  });

  it('tells a missing section from an empty one', () => {
    const reading = readHeaderLines(['Persona: Sam', 'Goals:']);
    expect(reading.found.has('goals')).toBe(true);
    expect(reading.found.has('frustrations')).toBe(false);
    expect(reading.persona.goals).toEqual([]);
  });

  it('reads review cadences and dates as people write them', () => {
    expect(readReview('Reviewed 2026-03-01, twice a year')).toEqual({ lastReviewed: '2026-03-01', cadence: 'biannual' });
    expect(readReview('Last review: 2025-11-30 (every six months)')).toEqual({ lastReviewed: '2025-11-30', cadence: 'biannual' });
    expect(readReview('Review quarterly')).toEqual({ lastReviewed: null, cadence: 'quarterly' });
    expect(readReview('Review every year')).toEqual({ lastReviewed: null, cadence: 'annual' });
    expect(readReview('Yearly review, last reviewed on 2024-01-15')).toEqual({ lastReviewed: '2024-01-15', cadence: 'annual' });
    expect(readReview('Launch 2026-01-01')).toEqual({ lastReviewed: null, cadence: null });
  });

  it('reads the map kind from a title and no kind from other text', () => {
    expect(readKind('Coffee subscription — future state')).toBe('future-state');
    expect(readKind('A day in the life of Sam')).toBe('day-in-the-life');
    expect(readKind('Service Blueprint: returns')).toBe('service-blueprint');
    expect(readKind('Coffee subscription (hand-made)')).toBeNull();
    expect(readLegendPalette('Legend (colour blind)')).toBe('colour-blind');
    expect(readLegendPalette('Discover')).toBeNull();
  });
});
