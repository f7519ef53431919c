// A map nobody owns is reviewed by nobody: the review line names its owner ("Owner: CX team").
import { countOf, headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const mapOwnerMissing: Rule = {
  id: 'map-owner-missing',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'No map owner',
    count: (n) => `${countOf(n, ['map names', 'maps name'])} no owner`,
    why: 'A map nobody owns is reviewed by nobody.',
    todo: 'Add "Owner: <team or person>" to the review line in the header.',
  },
  score: { points: 1, subjects: () => 1 },
  check(journey, context) {
    if (journey.review.owner !== undefined && journey.review.owner.trim() !== '') return [];
    return headerFinding({ rule: mapOwnerMissing, context }, 'The map names no owner to keep it reviewed');
  },
};
