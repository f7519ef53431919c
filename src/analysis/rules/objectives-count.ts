// Three to five objectives keep a mapping session focused (DESIGN.md, the method).
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const MIN_OBJECTIVES = 3;
export const MAX_OBJECTIVES = 5;

export const objectivesCount: Rule = {
  id: 'objectives-count',
  severity: 'info',
  check(journey, context) {
    const count = journey.objectives.length;
    if (count >= MIN_OBJECTIVES && count <= MAX_OBJECTIVES) return [];
    const what = count === 0 ? 'no objectives' : `${count} objective${count === 1 ? '' : 's'}`;
    return headerFinding({ rule: objectivesCount, context }, `The map has ${what}; ${MIN_OBJECTIVES} to ${MAX_OBJECTIVES} keep it focused`);
  },
};
