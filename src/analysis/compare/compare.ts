// Two journeys → their comparison (docs/compare-review.md): stages, lanes and notes
// matched, per-stage mood before → after, touchpoint changes, pain points
// addressed and regressions. Pure: the panel, the CLI and "what changed since
// the last review" all call this one function.
import type { Journey, Lane, Note } from '../../model/journey.ts';
import { matchLanes } from './match-lanes.ts';
import { matchNotes, type NoteMatch } from './match-notes.ts';
import { matchStages } from './match-stages.ts';
import { painOutcomes, regressions } from './pains.ts';
import { normaliseText } from './similarity.ts';
import { moodOf, rowName, stageRows } from './stage-rows.ts';
import { thresholdsWith } from './thresholds.ts';
import type { CompareInput, CompareResult, StagePair, TouchpointChange } from './types.ts';

export * from './types.ts';

/** Persona names both given and not the same: two maps about different people. */
function personasDiffer(before: Journey, after: Journey): boolean {
  const a = normaliseText(before.persona.name);
  const b = normaliseText(after.persona.name);
  return a !== '' && b !== '' && a !== b;
}

export function compareJourneys(input: CompareInput): CompareResult {
  const { before, after } = input;
  const differ = personasDiffer(before, after);
  if (differ && input.force !== true) {
    return { ok: false, reason: 'personas-differ', message: `the maps are for different personas ("${before.persona.name}" and "${after.persona.name}")` };
  }
  const thresholds = thresholdsWith(input.thresholds);
  const links = input.links ?? {};
  const stages = matchStages({ before: before.stages, after: after.stages, thresholds });
  const lanes = matchLanes({ before: before.lanes, after: after.lanes, thresholds });
  const notes = matchNotes({ before, after, stages, lanes, lineage: links.lineage ?? {}, thresholds });
  const changes = touchpointChanges({ before, after, stages, notes, lanes: { before: before.lanes, after: after.lanes } });
  const pains = painOutcomes({ before, after, stages, notes, links, thresholds });
  const unrated = (journey: Journey, ids: (pair: StagePair) => string | null) => stages.reduce((sum, pair) => sum + moodOf(journey, ids(pair)).unrated, 0);
  return {
    ok: true,
    comparison: {
      before: { id: before.id, title: before.title, kind: before.kind },
      after: { id: after.id, title: after.title, kind: after.kind, palette: after.palette },
      personasDiffer: differ,
      stages: stageRows({ before, after, stages, changes }),
      lanes: { shared: lanes.shared, onlyBefore: lanes.onlyBefore.map((lane) => lane.name), onlyAfter: lanes.onlyAfter.map((lane) => lane.name) },
      changes,
      pains: { total: pains.length, addressed: pains.filter((pain) => pain.addressedBy !== null).length, outcomes: pains },
      regressions: regressions({ before, after, notes }),
      totals: {
        added: notes.added.length,
        removed: notes.removed.length,
        changed: notes.pairs.filter((pair) => pair.changes.length > 0).length,
        unratedBefore: unrated(before, (pair) => pair.beforeId),
        unratedAfter: unrated(after, (pair) => pair.afterId),
      },
    },
  };
}

interface ChangeContext {
  before: Journey;
  after: Journey;
  stages: readonly StagePair[];
  notes: NoteMatch;
  lanes: { before: readonly Lane[]; after: readonly Lane[] };
}

/** One entry per note added, removed or changed, in the order of the stage rows. */
function touchpointChanges({ before, after, stages, notes, lanes }: ChangeContext): TouchpointChange[] {
  const rowOf = (side: 'beforeId' | 'afterId', stageId: string) => stages.findIndex((pair) => pair[side] === stageId);
  const laneKind = (list: readonly Lane[], note: Note) => list.find((lane) => lane.id === note.laneId)?.kind ?? 'other';
  const entry = (change: TouchpointChange['change'], { from, to }: { from: Note | null; to: Note | null }, extra: Pick<TouchpointChange, 'changes' | 'reworded'>): TouchpointChange => {
    const row = to === null ? rowOf('beforeId', (from as Note).stageId) : rowOf('afterId', to.stageId);
    const note = (to ?? from) as Note;
    return {
      change,
      row,
      stage: rowName(stages[row] as StagePair, { before, after }),
      beforeId: from?.id ?? null,
      afterId: to?.id ?? null,
      text: note.text,
      lane: to === null ? laneKind(lanes.before, note) : laneKind(lanes.after, note),
      valenceBefore: from?.valence ?? null,
      valenceAfter: to?.valence ?? null,
      ...extra,
    };
  };
  const list = [
    ...notes.removed.map((note) => entry('removed', { from: note, to: null }, { changes: [], reworded: false })),
    ...notes.pairs.filter((pair) => pair.changes.length > 0).map((pair) => entry('changed', { from: pair.before, to: pair.after }, { changes: pair.changes, reworded: pair.reworded })),
    ...notes.added.map((note) => entry('added', { from: null, to: note }, { changes: [], reworded: false })),
  ];
  return list.map((change, index) => ({ change, index })).sort((a, b) => a.change.row - b.change.row || a.index - b.index).map(({ change }) => change);
}
