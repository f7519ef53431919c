// Pain points nobody answers with an idea stay pains.
import { laneIdsOfKind, notesIn } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';

export const painPointWithoutOpportunity: Rule = {
  id: 'pain-point-without-opportunity',
  severity: 'warning',
  check(journey) {
    const painLanes = laneIdsOfKind(journey, ['pain-points']);
    const opportunityLanes = laneIdsOfKind(journey, ['opportunities']);
    const laneId = journey.lanes.find((lane) => lane.kind === 'opportunities')?.id;
    const findings: Finding[] = [];
    for (const stage of journey.stages) {
      const pains = notesIn(journey, { stage, lanes: painLanes });
      if (pains.length === 0 || notesIn(journey, { stage, lanes: opportunityLanes }).length > 0) continue;
      findings.push({
        rule: 'pain-point-without-opportunity',
        severity: 'warning',
        message: `Stage "${stage.name}" has ${pains.length === 1 ? 'a pain point' : `${pains.length} pain points`} and no opportunity`,
        stageId: stage.id,
        ...(laneId === undefined ? {} : { laneId }),
        itemIds: pains.map((note) => note.id),
      });
    }
    return findings;
  },
};
