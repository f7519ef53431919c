// A map for nobody in particular: the persona needs a name, goals and frustrations.
// The blank template's prompts ("Persona name") are not a persona.
import { filledEntries, isPlaceholder } from '../../model/placeholders.ts';
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const personaIncomplete: Rule = {
  id: 'persona-incomplete',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Incomplete persona',
    count: () => 'The persona is incomplete',
    why: 'A map for nobody in particular cannot say what matters to them.',
    todo: 'Write the persona’s name, goals and frustrations in the header.',
  },
  score: { points: 10, subjects: () => 1 },
  check(journey, context) {
    const { persona } = journey;
    const missing = [isPlaceholder(persona.name) ? 'a name' : '', filledEntries(persona.goals).length === 0 ? 'goals' : '', filledEntries(persona.frustrations).length === 0 ? 'frustrations' : ''].filter((part) => part !== '');
    if (missing.length === 0) return [];
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    return headerFinding({ rule: personaIncomplete, context }, `The persona lacks ${list}`);
  },
};
