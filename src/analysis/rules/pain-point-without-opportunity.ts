// Pain points nobody answers with an idea stay pains.
import { laneIdsOfKind, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const painPointWithoutOpportunity: Rule = {
  id: 'pain-point-without-opportunity',
  severity: 'warning',
  check(journey) {
    return unansweredStages(
      { journey, rule: painPointWithoutOpportunity, asked: laneIdsOfKind(journey, ['pain-points']), answers: laneIdsOfKind(journey, ['opportunities']) },
      (stage, pains) => `Stage "${stage.name}" has ${pains.length === 1 ? 'a pain point' : `${pains.length} pain points`} and no opportunity`,
    );
  },
};
