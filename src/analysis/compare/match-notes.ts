// Notes of two maps paired, in tiers (docs/compare-review.md): (1) lineage, the
// sticky the app copied it from; (2) the same board item id (a checkpoint of
// the same frame); (3) the same stage and lane, text alike (≥ rewordedDice;
// below sameStageDice it is "reworded, check"); (4) another stage, text very
// alike (≥ movedDice): moved. Greedy by score within each tier. Only notes in
// lanes both maps share take part.
import type { Journey, Note } from '../../model/journey.ts';
import { greedyPairs, type Candidate } from './greedy.ts';
import type { LaneMatch } from './match-lanes.ts';
import { cachedDice } from './similarity.ts';
import type { CompareThresholds } from './thresholds.ts';
import type { ChangeKind, MatchedBy, NotePair, StagePair } from './types.ts';

export interface NoteMatch {
  pairs: NotePair[];
  added: Note[];
  removed: Note[];
}

interface Context {
  before: Journey;
  after: Journey;
  stages: readonly StagePair[];
  lanes: LaneMatch;
  lineage: Readonly<Record<string, string>>;
  thresholds: CompareThresholds;
}

interface Scored {
  score: number;
  by: MatchedBy;
  reworded: boolean;
}

type Tier = (a: Note, b: Note) => Scored | null;

function tiers(context: Context, sameCell: (a: Note, b: Note) => boolean, sameLane: (a: Note, b: Note) => boolean): Tier[] {
  const { thresholds, lineage } = context;
  const dice = cachedDice();
  return [
    (a, b) => (lineage[b.id] === a.id ? { score: 1, by: 'lineage', reworded: false } : null),
    (a, b) => (a.id === b.id ? { score: 1, by: 'id', reworded: false } : null),
    (a, b) => {
      if (!sameCell(a, b)) return null;
      const score = dice(a.text, b.text);
      return score >= thresholds.rewordedDice ? { score, by: 'text', reworded: score < thresholds.sameStageDice } : null;
    },
    (a, b) => {
      if (sameCell(a, b) || !sameLane(a, b)) return null;
      const score = dice(a.text, b.text);
      return score >= thresholds.movedDice ? { score, by: 'moved', reworded: false } : null;
    },
  ];
}

export function matchNotes(context: Context): NoteMatch {
  const laneOf = new Map(context.lanes.shared.map((pair) => [pair.beforeId, pair.afterId]));
  const afterLanes = new Set(laneOf.values());
  const stageOf = new Map(context.stages.flatMap((pair) => (pair.beforeId === null || pair.afterId === null ? [] : [[pair.beforeId, pair.afterId] as const])));
  const sameLane = (a: Note, b: Note) => laneOf.get(a.laneId) === b.laneId;
  const sameCell = (a: Note, b: Note) => sameLane(a, b) && stageOf.get(a.stageId) === b.stageId;
  let left = context.before.notes.filter((note) => laneOf.has(note.laneId));
  let right = context.after.notes.filter((note) => afterLanes.has(note.laneId));
  const pairs: NotePair[] = [];
  for (const tier of tiers(context, sameCell, sameLane)) {
    const candidates: Candidate<Note, Note>[] = [];
    const scored = new Map<string, Scored>();
    for (const a of left) {
      for (const b of right) {
        const result = tier(a, b);
        if (result === null) continue;
        candidates.push({ left: a, right: b, score: result.score });
        scored.set(`${a.id}\u0000${b.id}`, result);
      }
    }
    const chosen = greedyPairs(candidates);
    for (const { left: a, right: b } of chosen) {
      const { by, reworded } = scored.get(`${a.id}\u0000${b.id}`) as Scored;
      pairs.push({ before: a, after: b, by, reworded, changes: changesOf(a, b, stageOf.get(a.stageId) !== b.stageId) });
    }
    const usedLeft = new Set(chosen.map((pair) => pair.left));
    const usedRight = new Set(chosen.map((pair) => pair.right));
    left = left.filter((note) => !usedLeft.has(note));
    right = right.filter((note) => !usedRight.has(note));
  }
  return { pairs, added: right, removed: left };
}

function changesOf(before: Note, after: Note, moved: boolean): ChangeKind[] {
  const changes: ChangeKind[] = [];
  if (before.text.trim() !== after.text.trim()) changes.push('text');
  if (before.valence !== after.valence) changes.push('valence');
  if (before.channel !== after.channel) changes.push('channel');
  if (before.owner !== after.owner) changes.push('owner');
  if (moved) changes.push('moved');
  return changes;
}
