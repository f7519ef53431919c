// A map for nobody in particular: the persona needs a name, goals and frustrations.
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const personaIncomplete: Rule = {
  id: 'persona-incomplete',
  severity: 'warning',
  check(journey, context) {
    const { persona } = journey;
    const missing = [persona.name.trim() === '' ? 'a name' : '', persona.goals.length === 0 ? 'goals' : '', persona.frustrations.length === 0 ? 'frustrations' : ''].filter((part) => part !== '');
    if (missing.length === 0) return [];
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    return headerFinding({ rule: personaIncomplete, context }, `The persona lacks ${list}`);
  },
};
