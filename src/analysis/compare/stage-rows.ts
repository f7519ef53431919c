// One row per stage of the comparison: mean valence before → after and Δ,
// unrated touchpoints counted apart, and the touchpoint changes counted.
import type { Journey, Stage } from '../../model/journey.ts';
import { notesIn, touchpointLaneIds } from '../journey-facts.ts';
import { CHANGE_KINDS, type ChangeKind, type Mood, type StageComparison, type StagePair, type TouchpointChange } from './types.ts';

export function moodOf(journey: Journey, stageId: string | null): Mood {
  const stage = stageId === null ? undefined : journey.stages.find((entry) => entry.id === stageId);
  if (stage === undefined) return { mean: null, rated: 0, unrated: 0 };
  const notes = notesIn(journey, { stage, lanes: touchpointLaneIds(journey) });
  const rated = notes.flatMap((note) => (note.valence === null ? [] : [note.valence]));
  const mean = rated.length === 0 ? null : rated.reduce((sum, value) => sum + value, 0) / rated.length;
  return { mean, rated: rated.length, unrated: notes.length - rated.length };
}

const stageById = (journey: Journey, id: string | null): Stage | undefined => (id === null ? undefined : journey.stages.find((stage) => stage.id === id));

/** The row's name: the after stage's, or the before stage's when it was removed. */
export function rowName(pair: StagePair, { before, after }: { before: Journey; after: Journey }): string {
  return stageById(after, pair.afterId)?.name ?? stageById(before, pair.beforeId)?.name ?? '';
}

function zeroCounts(): Record<ChangeKind, number> {
  return Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
}

export function stageRows({ before, after, stages, changes }: { before: Journey; after: Journey; stages: readonly StagePair[]; changes: readonly TouchpointChange[] }): StageComparison[] {
  return stages.map((pair, row) => {
    const name = rowName(pair, { before, after });
    const moodBefore = moodOf(before, pair.beforeId);
    const moodAfter = moodOf(after, pair.afterId);
    const mine = changes.filter((change) => change.row === row);
    const changedBy = zeroCounts();
    for (const change of mine) for (const kind of change.changes) changedBy[kind]++;
    return {
      name,
      previousName: pair.status === 'renamed' ? (stageById(before, pair.beforeId)?.name ?? null) : null,
      status: pair.status,
      beforeId: pair.beforeId,
      afterId: pair.afterId,
      before: moodBefore,
      after: moodAfter,
      delta: moodBefore.mean === null || moodAfter.mean === null ? null : moodAfter.mean - moodBefore.mean,
      added: mine.filter((change) => change.change === 'added').length,
      removed: mine.filter((change) => change.change === 'removed').length,
      changed: mine.filter((change) => change.change === 'changed').length,
      changedBy,
    };
  });
}
