// Every negative moment deserves an opportunity: that is what the map is for.
import { laneIdsOfKind, notesIn, touchpointLaneIds } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';

export const negativeWithoutOpportunity: Rule = {
  id: 'negative-without-opportunity',
  severity: 'error',
  check(journey) {
    const touchpointLanes = touchpointLaneIds(journey);
    const opportunityLanes = laneIdsOfKind(journey, ['opportunities']);
    const laneId = journey.lanes.find((lane) => lane.kind === 'opportunities')?.id;
    const findings: Finding[] = [];
    for (const stage of journey.stages) {
      const negative = notesIn(journey, { stage, lanes: touchpointLanes }).filter((note) => note.valence !== null && note.valence < 0);
      if (negative.length === 0 || notesIn(journey, { stage, lanes: opportunityLanes }).length > 0) continue;
      findings.push({
        rule: 'negative-without-opportunity',
        severity: 'error',
        message: `Stage "${stage.name}" has ${negative.length === 1 ? 'a negative touchpoint' : `${negative.length} negative touchpoints`} and no opportunity`,
        stageId: stage.id,
        ...(laneId === undefined ? {} : { laneId }),
        itemIds: negative.map((note) => note.id),
      });
    }
    return findings;
  },
};
