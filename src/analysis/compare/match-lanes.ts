// Lanes of two maps paired by lane kind, then name; only lanes both maps have
// are compared. Lanes of kind "other" say nothing by kind: they pair by name only.
import type { Lane } from '../../model/journey.ts';
import { greedyPairs, type Candidate } from './greedy.ts';
import { dice } from './similarity.ts';
import type { CompareThresholds } from './thresholds.ts';
import type { LanePair } from './types.ts';

export interface LaneMatch {
  shared: LanePair[];
  onlyBefore: Lane[];
  onlyAfter: Lane[];
}

export function matchLanes({ before, after, thresholds }: { before: readonly Lane[]; after: readonly Lane[]; thresholds: CompareThresholds }): LaneMatch {
  const candidates: Candidate<Lane, Lane>[] = [];
  before.forEach((a, leftIndex) => {
    after.forEach((b, rightIndex) => {
      if (a.kind !== b.kind) return;
      const likeness = dice(a.name, b.name);
      if (a.kind === 'other' && likeness < thresholds.stageNameDice) return;
      // Same kind first; a closer name, then a closer position, breaks ties between lanes of one kind.
      candidates.push({ left: a, right: b, score: 1 + likeness - Math.abs(leftIndex - rightIndex) / 1000 });
    });
  });
  const chosen = greedyPairs(candidates);
  const shared = before.flatMap((lane) => {
    const pair = chosen.find((candidate) => candidate.left === lane);
    return pair === undefined ? [] : [{ kind: lane.kind, beforeId: lane.id, afterId: pair.right.id, name: pair.right.name }];
  });
  return {
    shared,
    onlyBefore: before.filter((lane) => !chosen.some((pair) => pair.left === lane)),
    onlyAfter: after.filter((lane) => !chosen.some((pair) => pair.right === lane)),
  };
}
