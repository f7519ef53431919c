// The notes as CSV, one row per note, in the columns the CSV import reads, so an
// export can be imported again. papaparse loads only when a CSV is asked for.
import type { Journey } from '../model/journey.ts';
import { guardFormula } from './csv-formula.ts';
import { CSV_COLUMNS } from './import-csv.ts';

type Row = (string | number)[];

const blankRow = (stage: string, lane: string): Row => [stage, lane, '', '', '', '', '', ''];

/**
 * The import takes stages and lanes in first-seen order and reads a row
 * without text as "this stage and lane exist". When the notes alone would
 * lose the order or a stage or lane without notes, rows without text come
 * first and name them all, in order.
 */
function orderRows(journey: Journey, stages: Journey['stages']): Row[] {
  const firstSeen = (ids: string[]) => [...new Set(ids)];
  const stagesKept = firstSeen(journey.notes.map((note) => note.stageId)).join('\n') === stages.map((stage) => stage.id).join('\n');
  const lanesKept = firstSeen(journey.notes.map((note) => note.laneId)).join('\n') === journey.lanes.map((lane) => lane.id).join('\n');
  if ((stagesKept && lanesKept) || stages.length === 0 || journey.lanes.length === 0) return [];
  const count = Math.max(stages.length, journey.lanes.length);
  return Array.from({ length: count }, (_, index) => blankRow(stages[Math.min(index, stages.length - 1)]?.name ?? '', journey.lanes[Math.min(index, journey.lanes.length - 1)]?.name ?? ''));
}

export async function notesCsv(journey: Journey): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const stages = [...journey.stages].sort((a, b) => a.order - b.order);
  const stageName = new Map(stages.map((stage) => [stage.id, stage.name]));
  const laneName = new Map(journey.lanes.map((lane) => [lane.id, lane.name]));
  const notes = journey.notes.map((note): Row => [
    stageName.get(note.stageId) ?? '',
    laneName.get(note.laneId) ?? '',
    note.text,
    // A number, so the formula guard leaves "-1" alone.
    note.valence ?? '',
    note.channel ?? '',
    note.owner ?? '',
    note.evidence ?? '',
    note.momentOfTruth ? 'yes' : '',
  ]);
  // A sticky reading "=HYPERLINK(…)" must not run when the CSV is opened in a spreadsheet.
  const data = [...orderRows(journey, stages), ...notes].map((row) => row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)));
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\n' })}\n`;
}
