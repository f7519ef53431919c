// Three to five objectives keep a mapping session focused (docs/architecture.md, the method).
// Placeholder objectives are not objectives.
import { filledEntries } from '../../model/placeholders.ts';
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const MIN_OBJECTIVES = 3;
export const MAX_OBJECTIVES = 5;

export const objectivesCount: Rule = {
  id: 'objectives-count',
  group: 'completeness',
  severity: 'info',
  explanation: {
    title: 'Objectives',
    count: () => `The map needs ${MIN_OBJECTIVES} to ${MAX_OBJECTIVES} objectives`,
    why: 'Three to five objectives keep a mapping session focused.',
    todo: 'Write 3–5 objectives in the header, one per line.',
  },
  score: { points: 5, subjects: () => 1 },
  check(journey, context) {
    const count = filledEntries(journey.objectives).length;
    if (count >= MIN_OBJECTIVES && count <= MAX_OBJECTIVES) return [];
    const what = count === 0 ? 'no objectives' : `${count} objective${count === 1 ? '' : 's'}`;
    return headerFinding({ rule: objectivesCount, context }, `The map has ${what}; ${MIN_OBJECTIVES} to ${MAX_OBJECTIVES} keep it focused`);
  },
};
