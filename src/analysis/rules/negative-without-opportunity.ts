// Every negative moment deserves an opportunity: that is what the map is for.
import { addEmptySticky, countOf, laneIdsOfKind, stageCount, touchpointLaneIds, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const negativeWithoutOpportunity: Rule = {
  id: 'negative-without-opportunity',
  group: 'completeness',
  severity: 'error',
  explanation: {
    title: 'Negative moment without an opportunity',
    count: (n) => `${countOf(n, ['stage has', 'stages have'])} negative moments and no opportunity`,
    why: 'Finding negative moments is the point of the map; each needs an answer.',
    todo: 'Add an opportunity sticky in this stage for the negative touchpoint.',
  },
  score: { points: 10, subjects: stageCount },
  check(journey) {
    return unansweredStages(
      { journey, rule: negativeWithoutOpportunity, asked: touchpointLaneIds(journey), needsAnswer: (note) => note.valence !== null && note.valence < 0, answers: laneIdsOfKind(journey, ['opportunities']) },
      (stage, negative) => `Stage "${stage.name}" has ${negative.length === 1 ? 'a negative touchpoint' : `${negative.length} negative touchpoints`} and no opportunity`,
    );
  },
  fixes: (finding) => addEmptySticky(finding, 'Add an empty opportunity'),
};
