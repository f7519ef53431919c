// What an imported journey may hold, checked at import, before anything is
// inserted: an insert that fails after fifty calls and rolls back helps nobody.
// Miro's content limit applies to the text as written on the board (escaped,
// with the note's emotion marker); the caps on stages, lanes and notes keep an
// insert and the panel responsive (a 1,000-stage map took the page 18 s).
import { MAX_CONTENT_LENGTH } from '../board/limits.ts';
import { stickyText } from '../layout/grid-items.ts';
import type { Journey, Note } from '../model/journey.ts';
import { textToHtml } from '../model/html.ts';
import { append } from '../model/arrays.ts';

export const IMPORT_CAPS = { stages: 40, lanes: 20, notes: 1500 } as const;

const count = (value: number) => value.toLocaleString('en');

/** Why the board cannot hold `text` as one item's content, or null when it can. */
export function contentProblem(text: string): string | null {
  const length = textToHtml(text).length;
  return length <= MAX_CONTENT_LENGTH ? null : `${count(length)} characters once written on the board; a board item holds at most ${count(MAX_CONTENT_LENGTH)}`;
}

/** The same for a note's sticky, which starts with the note's emotion marker. */
export function noteContentProblem(note: Pick<Note, 'text' | 'valence'>): string | null {
  return contentProblem(stickyText({ ...note, id: '', stageId: '', laneId: '', channel: null, owner: null, evidence: null, momentOfTruth: false }));
}

type Capped = keyof typeof IMPORT_CAPS;

/** Why the `number`th stage, lane or note is one too many, or null. */
export function capProblem(what: Capped, number: number): string | null {
  const cap = IMPORT_CAPS[what];
  return number <= cap ? null : `${what.slice(0, -1)} ${count(number)}; a map holds at most ${count(cap)} ${what}`;
}

/** Every limit a parsed journey file breaks, as "path: reason" lines. */
export function journeyLimitErrors(journey: Journey): string[] {
  const errors: string[] = [];
  for (const what of ['stages', 'lanes', 'notes'] as const) {
    const length = journey[what].length;
    if (length > IMPORT_CAPS[what]) errors.push(`journey.${what}: ${count(length)} ${what}; a map holds at most ${count(IMPORT_CAPS[what])} ${what}`);
  }
  if (errors.length > 0) return errors;
  journey.stages.forEach((stage, index) => append(errors, at(`journey.stages[${index}].name`, contentProblem(stage.name))));
  journey.lanes.forEach((lane, index) => append(errors, at(`journey.lanes[${index}].name`, contentProblem(lane.name))));
  journey.notes.forEach((note, index) => append(errors, at(`journey.notes[${index}].text`, noteContentProblem(note))));
  return errors;
}

const at = (path: string, problem: string | null) => (problem === null ? [] : [`${path}: ${problem}`]);
