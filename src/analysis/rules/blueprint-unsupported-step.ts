// In a service blueprint every frontstage step needs something behind it: people,
// processes, policies or technology backstage or in support.
import { laneIdsOfKind, notesIn } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';

export const blueprintUnsupportedStep: Rule = {
  id: 'blueprint-unsupported-step',
  severity: 'warning',
  check(journey) {
    if (journey.kind !== 'service-blueprint') return [];
    const front = laneIdsOfKind(journey, ['frontstage']);
    const behind = laneIdsOfKind(journey, ['backstage', 'support']);
    const laneId = journey.lanes.find((lane) => lane.kind === 'backstage' || lane.kind === 'support')?.id;
    const findings: Finding[] = [];
    for (const stage of journey.stages) {
      const work = notesIn(journey, { stage, lanes: front });
      if (work.length === 0 || notesIn(journey, { stage, lanes: behind }).length > 0) continue;
      findings.push({
        rule: 'blueprint-unsupported-step',
        severity: 'warning',
        message: `Stage "${stage.name}" has frontstage work and nothing backstage or in support`,
        stageId: stage.id,
        ...(laneId === undefined ? {} : { laneId }),
        itemIds: work.map((note) => note.id),
      });
    }
    return findings;
  },
};
