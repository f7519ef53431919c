// Every negative moment deserves an opportunity: that is what the map is for.
import { laneIdsOfKind, touchpointLaneIds, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const negativeWithoutOpportunity: Rule = {
  id: 'negative-without-opportunity',
  severity: 'error',
  check(journey) {
    return unansweredStages(
      { journey, rule: negativeWithoutOpportunity, asked: touchpointLaneIds(journey), needsAnswer: (note) => note.valence !== null && note.valence < 0, answers: laneIdsOfKind(journey, ['opportunities']) },
      (stage, negative) => `Stage "${stage.name}" has ${negative.length === 1 ? 'a negative touchpoint' : `${negative.length} negative touchpoints`} and no opportunity`,
    );
  },
};
