// Questions several rules ask of a journey: which lanes hold touchpoints,
// what a stage holds in a lane of some kind, a stage's average valence, which
// stages leave some notes unanswered. Placeholders and empty stickies are not
// content: they count for nothing here (placeholder-left reports them).
import type { Journey, LaneKind, Note, Stage } from '../model/journey.ts';
import { isPlaceholder } from '../model/placeholders.ts';
import type { CheckContext, Finding, FixIt, Rule } from './types.ts';

// Every rule asks of every note: the answer is kept per note object (a 50,000-sticky map asks a million times).
const filledCache = new WeakMap<Note, boolean>();

/** Whether a person wrote something on the sticky (not empty, not the app's placeholder). */
export function isFilled(note: Note): boolean {
  let filled = filledCache.get(note);
  if (filled === undefined) filledCache.set(note, (filled = !isPlaceholder(note.text)));
  return filled;
}
import { append, maxOf, minOf } from '../model/arrays.ts';

/** Touchpoint lanes; a map without one (a hand-made blueprint) uses its frontstage lanes. */
export function touchpointLaneIds(journey: Journey): Set<string> {
  const touchpoints = journey.lanes.filter((lane) => lane.kind === 'touchpoints');
  const lanes = touchpoints.length > 0 ? touchpoints : journey.lanes.filter((lane) => lane.kind === 'frontstage');
  return new Set(lanes.map((lane) => lane.id));
}

export function laneIdsOfKind(journey: Journey, kinds: readonly LaneKind[]): Set<string> {
  return new Set(journey.lanes.filter((lane) => kinds.includes(lane.kind)).map((lane) => lane.id));
}

/** The filled touchpoints. */
export function touchpoints(journey: Journey): Note[] {
  const lanes = touchpointLaneIds(journey);
  return journey.notes.filter((note) => lanes.has(note.laneId) && isFilled(note));
}

// Stage id → lane id → notes, built once per journey: rules ask per stage, and a
// scan of every note per stage and rule would grow with stages × notes.
const cellIndex = new WeakMap<readonly Note[], Map<string, Map<string, Note[]>>>();

function cellsOf(journey: Journey): Map<string, Map<string, Note[]>> {
  let cells = cellIndex.get(journey.notes);
  if (cells === undefined) {
    cells = new Map();
    for (const note of journey.notes) {
      let lanes = cells.get(note.stageId);
      if (lanes === undefined) cells.set(note.stageId, (lanes = new Map()));
      const list = lanes.get(note.laneId);
      if (list === undefined) lanes.set(note.laneId, [note]);
      else list.push(note);
    }
    cellIndex.set(journey.notes, cells);
  }
  return cells;
}

/** The filled notes of a stage in the given lanes, in journey order within each lane. */
export function notesIn(journey: Journey, { stage, lanes: laneIds }: { stage: Stage; lanes: ReadonlySet<string> }): Note[] {
  const lanes = cellsOf(journey).get(stage.id);
  if (lanes === undefined) return [];
  const notes: Note[] = [];
  for (const laneId of laneIds) append(notes, (lanes.get(laneId) ?? []).filter(isFilled));
  return notes;
}

export interface StageMood {
  stage: Stage;
  average: number;
  /** The lowest and highest rated touchpoint: a stage of +2 and −2 averages 0 but is not neutral. */
  low: number;
  high: number;
  rated: Note[];
}

/** The average and range of each stage's rated touchpoints, in stage order; stages with none are left out. */
export function stageMoods(journey: Journey): StageMood[] {
  const lanes = touchpointLaneIds(journey);
  const moods: StageMood[] = [];
  for (const stage of [...journey.stages].sort((a, b) => a.order - b.order)) {
    const rated = notesIn(journey, { stage, lanes: lanes }).filter((note) => note.valence !== null);
    if (rated.length === 0) continue;
    const average = rated.reduce((sum, note) => sum + (note.valence ?? 0), 0) / rated.length;
    const valences = rated.map((note) => note.valence ?? 0);
    moods.push({ stage, average, low: minOf(valences), high: maxOf(valences), rated });
  }
  return moods;
}

export const quote = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

export function stageName(journey: Journey, stageId: string): string {
  return journey.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
}

/** A finding of `rule`, with the rule's own id, group and severity. */
export function ruleFinding(rule: Rule, fields: Omit<Finding, 'rule' | 'group' | 'severity'>): Finding {
  return { rule: rule.id, group: rule.group, severity: rule.severity, ...fields };
}

/** The fix-it that adds an empty sticky in the finding's stage and lane, for the person to fill. */
export function addEmptySticky(finding: Finding, label: string): FixIt[] {
  if (finding.stageId === undefined || finding.laneId === undefined) return [];
  return [{ kind: 'add-sticky', label, stageId: finding.stageId, laneId: finding.laneId, color: 'light_yellow' }];
}

/** Counts for group titles: "1 stage has", "5 stages have". */
export const countOf = (n: number, [one, many]: readonly [string, string]): string => `${n} ${n === 1 ? one : many}`;

export const stageCount = (journey: Journey): number => journey.stages.length;
export const touchpointCount = (journey: Journey): number => touchpoints(journey).length;

/** A finding about the map's header (persona, objectives, review line), pointing at the items it was read from. */
export function headerFinding({ rule, context }: { rule: Rule; context: CheckContext }, message: string): Finding[] {
  return [ruleFinding(rule, { message, itemIds: [...(context.headerItemIds ?? [])] })];
}

/** One finding per note, pointing at it, in its stage and lane. */
export function noteFindings({ rule, notes }: { rule: Rule; notes: readonly Note[] }, message: (note: Note) => string): Finding[] {
  return notes.map((note) => ruleFinding(rule, { message: message(note), stageId: note.stageId, laneId: note.laneId, itemIds: [note.id] }));
}

export interface Unanswered {
  journey: Journey;
  rule: Rule;
  /** The lanes whose notes need an answer, and which of their notes do (all when left out). */
  asked: ReadonlySet<string>;
  needsAnswer?: (note: Note) => boolean;
  /** The lanes an answer goes in; findings point at the first of them. */
  answers: ReadonlySet<string>;
}

/** One finding per stage with notes that need an answer and nothing in the answer lanes, pointing at those notes. */
export function unansweredStages({ journey, rule, asked, needsAnswer, answers }: Unanswered, message: (stage: Stage, notes: Note[]) => string): Finding[] {
  const laneId = journey.lanes.find((lane) => answers.has(lane.id))?.id;
  const findings: Finding[] = [];
  for (const stage of journey.stages) {
    const open = notesIn(journey, { stage, lanes: asked }).filter(needsAnswer ?? (() => true));
    if (open.length === 0 || notesIn(journey, { stage, lanes: answers }).length > 0) continue;
    findings.push(ruleFinding(rule, { message: message(stage, open), stageId: stage.id, ...(laneId === undefined ? {} : { laneId }), itemIds: open.map((note) => note.id) }));
  }
  return findings;
}
