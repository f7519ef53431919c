// Pain points nobody answers with an idea stay pains.
import { addEmptySticky, countOf, laneIdsOfKind, stageCount, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const painPointWithoutOpportunity: Rule = {
  id: 'pain-point-without-opportunity',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Pain point without an opportunity',
    count: (n) => `${countOf(n, ['stage has', 'stages have'])} pain points and no opportunity`,
    why: 'Pains nobody answers stay pains.',
    todo: 'Add at least one idea in the opportunities lane of this stage.',
  },
  score: { points: 4, subjects: stageCount },
  check(journey) {
    return unansweredStages(
      { journey, rule: painPointWithoutOpportunity, asked: laneIdsOfKind(journey, ['pain-points']), answers: laneIdsOfKind(journey, ['opportunities']) },
      (stage, pains) => `Stage "${stage.name}" has ${pains.length === 1 ? 'a pain point' : `${pains.length} pain points`} and no opportunity`,
    );
  },
  fixes: (finding) => addEmptySticky(finding, 'Add an empty opportunity'),
};
