// The notes as CSV, one row per note, in the columns the CSV import reads, so an
// export can be imported again. papaparse loads only when a CSV is asked for.
import type { Journey } from '../model/journey.ts';
import { CSV_COLUMNS } from './import-csv.ts';

export async function notesCsv(journey: Journey): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const laneName = new Map(journey.lanes.map((lane) => [lane.id, lane.name]));
  const rows = journey.notes.map((note) => [
    stageName.get(note.stageId) ?? '',
    laneName.get(note.laneId) ?? '',
    note.text,
    // A number, so the formula guard below leaves "-1" alone.
    note.valence ?? '',
    note.channel ?? '',
    note.owner ?? '',
    note.evidence ?? '',
    note.momentOfTruth ? 'yes' : '',
  ]);
  // escapeFormulae: a sticky reading "=HYPERLINK(…)" must not run when the CSV is opened in a spreadsheet.
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n', escapeFormulae: true })}\n`;
}
