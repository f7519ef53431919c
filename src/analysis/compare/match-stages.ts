// Stages of two maps paired: the same normalised name, then a similar name
// (Dice ≥ stageNameDice), then the same position when both maps have as many
// stages (or, when they do not, a name at least stageRenamedDice alike there).
import type { Stage } from '../../model/journey.ts';
import { greedyPairs, type Candidate } from './greedy.ts';
import { dice, normaliseText } from './similarity.ts';
import type { CompareThresholds } from './thresholds.ts';
import type { StagePair } from './types.ts';

const inOrder = (stages: readonly Stage[]) => [...stages].sort((a, b) => a.order - b.order);

export function matchStages({ before, after, thresholds }: { before: readonly Stage[]; after: readonly Stage[]; thresholds: CompareThresholds }): StagePair[] {
  const left = inOrder(before);
  const right = inOrder(after);
  const pairs = new Map<Stage, { stage: Stage; same: boolean }>();
  const taken = new Set<Stage>();
  const add = (chosen: readonly Candidate<Stage, Stage>[], same: boolean) => {
    for (const { left: from, right: to } of chosen) {
      pairs.set(from, { stage: to, same });
      taken.add(to);
    }
  };
  const open = () => ({ from: left.filter((stage) => !pairs.has(stage)), to: right.filter((stage) => !taken.has(stage)) });
  const byName = (test: (a: Stage, b: Stage) => number | null) => {
    const { from, to } = open();
    const candidates: Candidate<Stage, Stage>[] = [];
    for (const a of from) {
      for (const b of to) {
        const score = test(a, b);
        if (score !== null) candidates.push({ left: a, right: b, score });
      }
    }
    return greedyPairs(candidates);
  };
  add(byName((a, b) => (normaliseText(a.name) === normaliseText(b.name) ? 1 : null)), true);
  add(byName((a, b) => {
    const score = dice(a.name, b.name);
    return score >= thresholds.stageNameDice ? score : null;
  }), false);
  const sameCount = left.length === right.length;
  add(byName((a, b) => {
    if (left.indexOf(a) !== right.indexOf(b)) return null;
    const score = dice(a.name, b.name);
    return sameCount || score >= thresholds.stageRenamedDice ? score : null;
  }), false);
  return ordered({ left, right, pairs });
}

/** After stages in order; a removed stage right after the row of the matched stage before it. */
function ordered({ left, right, pairs }: { left: Stage[]; right: Stage[]; pairs: Map<Stage, { stage: Stage; same: boolean }> }): StagePair[] {
  const rows: StagePair[] = right.map((stage) => {
    const from = left.find((candidate) => pairs.get(candidate)?.stage === stage);
    if (from === undefined) return { beforeId: null, afterId: stage.id, status: 'added' };
    return { beforeId: from.id, afterId: stage.id, status: pairs.get(from)?.same === true ? 'same' : 'renamed' };
  });
  let insertAt = 0;
  for (const stage of left) {
    const match = pairs.get(stage);
    if (match !== undefined) {
      insertAt = rows.findIndex((row) => row.afterId === match.stage.id) + 1;
      continue;
    }
    rows.splice(insertAt, 0, { beforeId: stage.id, afterId: null, status: 'removed' });
    insertAt++;
  }
  return rows;
}
