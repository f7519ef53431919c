// In a service blueprint every frontstage step needs something behind it: people,
// processes, policies or technology backstage or in support.
import { addEmptySticky, countOf, laneIdsOfKind, stageCount, unansweredStages } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const blueprintUnsupportedStep: Rule = {
  id: 'blueprint-unsupported-step',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Unsupported frontstage step',
    count: (n) => `${countOf(n, ['stage has', 'stages have'])} frontstage work with nothing behind it`,
    why: 'Frontstage work with nothing behind it is a promise no process keeps.',
    todo: 'Add the backstage action or support process behind this step.',
  },
  score: { points: 4, subjects: stageCount },
  check(journey) {
    if (journey.kind !== 'service-blueprint') return [];
    return unansweredStages(
      { journey, rule: blueprintUnsupportedStep, asked: laneIdsOfKind(journey, ['frontstage']), answers: laneIdsOfKind(journey, ['backstage', 'support']) },
      (stage) => `Stage "${stage.name}" has frontstage work and nothing backstage or in support`,
    );
  },
  fixes: (finding) => addEmptySticky(finding, 'Add an empty backstage step'),
};
