// Imports check what the board can hold, row by row, before anything is
// inserted: Miro's content limit once the text is escaped, and the app's caps
// on stages, lanes and notes.
import { describe, expect, it } from 'vitest';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { importJourneyJson } from '../../src/io/import-json.ts';
import { IMPORT_CAPS } from '../../src/io/import-limits.ts';
import { toJourneyFile as journeyFile } from '../../src/model/journey-file.ts';
import { sampleJourney } from '../support/journeys.ts';

const csv = (rows: string[]) => ['stage,lane,text,valence', ...rows].join('\n');

describe('CSV import limits', () => {
  it('refuses a text that is under 6,000 characters but not once escaped, naming the row', async () => {
    // 2,000 "&" are 2,000 characters, 10,000 once escaped as &amp;.
    const result = await importJourneyCsv(csv(['Discover,Doing,fine', `Discover,Doing,${'&'.repeat(2000)}`]));
    expect(result).toEqual({ ok: false, errors: ['row 3, column text: 10,007 characters once written on the board; a board item holds at most 5,999'] });
  });

  it('counts the marker a rated note gets', async () => {
    const text = 'a'.repeat(5992);
    expect((await importJourneyCsv(csv([`Discover,Doing,${text}`]))).ok).toBe(true);
    const rated = await importJourneyCsv(csv([`Discover,Doing,${text},-2`]));
    expect(rated.ok ? [] : rated.errors).toEqual(['row 2, column text: 6,002 characters once written on the board; a board item holds at most 5,999']);
  });

  it('checks stage and lane names too', async () => {
    const result = await importJourneyCsv(csv([`${'<'.repeat(1500)},Doing,x`]));
    expect(result.ok ? [] : result.errors).toEqual(['row 2, column stage: 6,007 characters once written on the board; a board item holds at most 5,999']);
  });

  it('caps stages, lanes and notes, and says so once', async () => {
    const stages = await importJourneyCsv(csv(Array.from({ length: 10_000 }, (_, index) => `Stage ${index},Doing,`)));
    expect(stages.ok ? [] : stages.errors).toEqual([`row ${IMPORT_CAPS.stages + 2}, column stage: stage ${IMPORT_CAPS.stages + 1}; a map holds at most ${IMPORT_CAPS.stages} stages`]);
    const lanes = await importJourneyCsv(csv(Array.from({ length: IMPORT_CAPS.lanes + 1 }, (_, index) => `Discover,Lane ${index},x`)));
    expect(lanes.ok ? [] : lanes.errors).toEqual([`row ${IMPORT_CAPS.lanes + 2}, column lane: lane ${IMPORT_CAPS.lanes + 1}; a map holds at most ${IMPORT_CAPS.lanes} lanes`]);
    const notes = await importJourneyCsv(csv(Array.from({ length: IMPORT_CAPS.notes + 5 }, () => 'Discover,Doing,x')));
    expect(notes.ok ? [] : notes.errors).toEqual([`row ${IMPORT_CAPS.notes + 2}, column text: note ${(IMPORT_CAPS.notes + 1).toLocaleString('en')}; a map holds at most ${IMPORT_CAPS.notes.toLocaleString('en')} notes`]);
  });
});

describe('journey file import limits', () => {
  it('names the note whose text the board cannot hold', () => {
    const journey = sampleJourney();
    journey.notes[1] = { ...journey.notes[1]!, text: '>'.repeat(1500), valence: null };
    const result = importJourneyJson(JSON.stringify(journeyFile(journey)));
    expect(result).toEqual({ ok: false, errors: ['journey.notes[1].text: 6,007 characters once written on the board; a board item holds at most 5,999'] });
  });

  it('caps the stages', () => {
    const journey = sampleJourney();
    journey.stages = Array.from({ length: IMPORT_CAPS.stages + 1 }, (_, order) => ({ id: `s${order}`, name: `Stage ${order}`, order }));
    journey.notes = [];
    const result = importJourneyJson(JSON.stringify(journeyFile(journey)));
    expect(result).toEqual({ ok: false, errors: [`journey.stages: ${IMPORT_CAPS.stages + 1} stages; a map holds at most ${IMPORT_CAPS.stages} stages`] });
  });
});
