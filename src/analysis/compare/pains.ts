// Pain points addressed and regressions (docs/compare-review.md). A current pain
// point or negative touchpoint is addressed when its matched future
// touchpoint is ≥ 0 and rose by ≥ addressedRise, or a future opportunity in
// the same stage is tagged `addresses: …` naming it or joined to it by a
// connector, or it was removed and the stage's mean did not fall.
import type { Journey, Note } from '../../model/journey.ts';
import { laneIdsOfKind, stageName, touchpointLaneIds } from '../journey-facts.ts';
import type { NoteMatch } from './match-notes.ts';
import { dice, normaliseText } from './similarity.ts';
import { moodOf } from './stage-rows.ts';
import type { CompareThresholds } from './thresholds.ts';
import type { AddressedBy, NotePair, PainOutcome, Regression, SideLinks, StagePair } from './types.ts';

interface Context {
  before: Journey;
  after: Journey;
  stages: readonly StagePair[];
  notes: NoteMatch;
  links: SideLinks;
  thresholds: CompareThresholds;
}

/** The current map's pain points: stickies in pain-point lanes and negative touchpoints. */
export function painPoints(journey: Journey): Note[] {
  const painLanes = laneIdsOfKind(journey, ['pain-points']);
  const touchLanes = touchpointLaneIds(journey);
  return journey.notes.filter((note) => painLanes.has(note.laneId) || (touchLanes.has(note.laneId) && note.valence !== null && note.valence < 0));
}

function rose(pair: NotePair | undefined, thresholds: CompareThresholds): boolean {
  const from = pair?.before.valence ?? null;
  const to = pair?.after.valence ?? null;
  return from !== null && to !== null && to >= 0 && to - from >= thresholds.addressedRise;
}

function addressedBy(pain: Note, context: Context): AddressedBy | null {
  const pair = context.notes.pairs.find((entry) => entry.before === pain);
  if (rose(pair, context.thresholds)) return 'valence-rose';
  const afterStage = context.stages.find((entry) => entry.beforeId === pain.stageId)?.afterId ?? null;
  if (afterStage === null) return null;
  const opportunityLanes = laneIdsOfKind(context.after, ['opportunities']);
  const opportunities = context.after.notes.filter((note) => note.stageId === afterStage && opportunityLanes.has(note.laneId));
  const painIds = new Set([pain.id, ...(pair === undefined ? [] : [pair.after.id])]);
  const names = (value: string) =>
    painIds.has(value.trim()) || dice(value, pain.text) >= context.thresholds.rewordedDice || (pair !== undefined && dice(value, pair.after.text) >= context.thresholds.rewordedDice);
  if (opportunities.some((note) => (context.links.addresses?.[note.id] ?? []).some((value) => normaliseText(value) !== '' && names(value)))) return 'opportunity-tag';
  const joined = (id: string) => (context.links.connectors ?? []).some(([a, b]) => (a === id && painIds.has(b)) || (b === id && painIds.has(a)));
  if (opportunities.some((note) => joined(note.id))) return 'connector';
  if (pair !== undefined) return null;
  const moodBefore = moodOf(context.before, pain.stageId).mean;
  const moodAfter = moodOf(context.after, afterStage).mean;
  return moodBefore === null || (moodAfter !== null && moodAfter >= moodBefore) ? 'removed-mood-held' : null;
}

export function painOutcomes(context: Context): PainOutcome[] {
  return painPoints(context.before).map((pain) => ({ id: pain.id, text: pain.text, stage: stageName(context.before, pain.stageId), addressedBy: addressedBy(pain, context) }));
}

/** Matched touchpoints whose valence fell, and new negative touchpoints. */
export function regressions({ before, after, notes }: Pick<Context, 'before' | 'after' | 'notes'>): Regression[] {
  const beforeLanes = touchpointLaneIds(before);
  const afterLanes = touchpointLaneIds(after);
  const fell: Regression[] = notes.pairs
    .filter(({ before: from, after: to }) => beforeLanes.has(from.laneId) && from.valence !== null && to.valence !== null && to.valence < from.valence)
    .map(({ before: from, after: to }) => ({ kind: 'valence-fell', beforeId: from.id, afterId: to.id, text: to.text, stage: stageName(after, to.stageId), valenceBefore: from.valence, valenceAfter: to.valence }));
  const negative: Regression[] = notes.added
    .filter((note) => afterLanes.has(note.laneId) && note.valence !== null && note.valence < 0)
    .map((note) => ({ kind: 'new-negative', beforeId: null, afterId: note.id, text: note.text, stage: stageName(after, note.stageId), valenceBefore: null, valenceAfter: note.valence }));
  return [...fell, ...negative];
}
