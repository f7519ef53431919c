// The export formats on their own: escaping and scores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMermaid, mermaidScore, mermaidText } from '../../src/io/export-mermaid.ts';
import { mdText } from '../../src/io/export-report.ts';
import { notesCsv } from '../../src/io/export-csv.ts';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { journeyArbitrary, sampleJourney } from '../support/journeys.ts';

describe('mermaid', () => {
  it('scores −2…+2 as 1…5 and unrated as 3', () => {
    expect([-2, -1, 0, 1, 2, null].map((valence) => mermaidScore(valence))).toEqual([1, 2, 3, 4, 5, 3]);
  });
  it('never lets a name break a line or become markup: no ":", ";", "#", "<", ">" or newline survives', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(mermaidText(text)).not.toMatch(/[:;#<>\n\r]/);
      }),
    );
    expect(mermaidText('Pay: card; #1\nnow')).toBe('Pay∶ card⁏ ＃1 now');
    expect(mermaidText('<img src=x onerror=alert(1)>')).toBe('‹img src=x onerror=alert(1)›');
  });
  it('writes a section per stage and a task per touchpoint', () => {
    const text = journeyMermaid(sampleJourney());
    expect(text.split('\n').slice(0, 5)).toEqual(['journey', '  title Coffee subscription', '  section Discover', "    Sees a friend's post: 4: Sam", '  section Sign up']);
  });
});

describe('markdown', () => {
  it('escapes what would format board text', () => {
    expect(mdText('*bold* <b>#1</b> [link](x) a|b')).toBe('\\*bold\\* \\<b\\>\\#1\\</b\\> \\[link\\](x) a\\|b');
  });
});

describe('csv', () => {
  it('guards formulae in text but keeps negative valences as numbers', async () => {
    const journey = sampleJourney();
    journey.notes[0] = { ...journey.notes[0]!, text: '=HYPERLINK("x")', valence: -2 };
    const csv = await notesCsv(journey);
    expect(csv.split('\n').find((line) => line.includes('HYPERLINK'))).toBe(`Discover,Touchpoints,"'=HYPERLINK(""x"")",-2,social,marketing,interview,`);
  });
  it('imports a guarded formula back as the text it was', async () => {
    const journey = sampleJourney();
    journey.notes[0] = { ...journey.notes[0]!, text: '=HYPERLINK("x")', channel: '@support' };
    const imported = await importJourneyCsv(await notesCsv(journey));
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    expect(imported.value.notes[0]).toMatchObject({ text: '=HYPERLINK("x")', channel: '@support' });
  });
  it('round-trips through the CSV import for any journey (stage, lane and note content)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ maxNotesPerCell: 2 }), async (journey) => {
        fc.pre(journey.notes.length > 0);
        const imported = await importJourneyCsv(await notesCsv(journey));
        if (!imported.ok) throw new Error(imported.errors.join('\n'));
        const row = (j: typeof journey) => j.notes.map((note) => [j.stages.find((s) => s.id === note.stageId)?.name, j.lanes.find((l) => l.id === note.laneId)?.name, note.text, note.valence, note.channel, note.owner, note.evidence, note.momentOfTruth]);
        expect(row(imported.value)).toEqual(row(journey));
      }),
      { numRuns: 100 },
    );
  });
});
