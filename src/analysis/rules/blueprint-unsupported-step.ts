// In a service blueprint every frontstage step needs something behind it: people,
// processes, policies or technology backstage or in support.
import { laneIdsOfKind, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const blueprintUnsupportedStep: Rule = {
  id: 'blueprint-unsupported-step',
  severity: 'warning',
  check(journey) {
    if (journey.kind !== 'service-blueprint') return [];
    return unansweredStages(
      { journey, rule: blueprintUnsupportedStep, asked: laneIdsOfKind(journey, ['frontstage']), answers: laneIdsOfKind(journey, ['backstage', 'support']) },
      (stage) => `Stage "${stage.name}" has frontstage work and nothing backstage or in support`,
    );
  },
};
