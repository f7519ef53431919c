// "Fill in the placeholder": an empty sticky, or text the app wrote as a prompt
// (model/placeholders.ts), is unfinished work, never content. Fix-its add such
// stickies on purpose, so this rule keeps them visible until someone writes in them.
import type { Journey } from '../../model/journey.ts';
import { isPlaceholder } from '../../model/placeholders.ts';
import { countOf, headerFinding, isFilled, noteFindings, quote, stageName } from '../journey-facts.ts';
import type { CheckContext, Finding, Rule } from '../types.ts';
import { append } from '../../model/arrays.ts';

function headerPlaceholders(journey: Journey): string[] {
  const { persona } = journey;
  const parts: Array<[string, boolean]> = [
    ['the persona’s name', persona.name !== '' && isPlaceholder(persona.name)],
    ['the persona’s description', persona.description !== '' && isPlaceholder(persona.description)],
    ['goals', persona.goals.some(isPlaceholder)],
    ['motivations', persona.motivations.some(isPlaceholder)],
    ['frustrations', persona.frustrations.some(isPlaceholder)],
    ['objectives', journey.objectives.some(isPlaceholder)],
  ];
  return parts.filter(([, left]) => left).map(([what]) => what);
}

export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Placeholder left',
    count: (n) => `${countOf(n, ['placeholder is', 'placeholders are'])} still to fill in`,
    why: 'A prompt or an empty sticky is unfinished work: the map does not say it yet.',
    todo: 'Fill in the placeholder, or remove it.',
  },
  score: { points: 8, subjects: (journey) => journey.notes.length + 1 },
  check(journey, context: CheckContext) {
    const findings: Finding[] = [];
    const header = headerPlaceholders(journey);
    if (header.length > 0) append(findings, headerFinding({ rule: placeholderLeft, context }, `The header still holds the template’s ${header.join(', ')}`));
    const empty = journey.notes.filter((note) => !isFilled(note));
    append(
      findings,
      noteFindings({ rule: placeholderLeft, notes: empty }, (note) => {
        const lane = journey.lanes.find((entry) => entry.id === note.laneId)?.name ?? note.laneId;
        const what = note.text.trim() === '' ? 'An empty sticky' : `The placeholder ${quote(note.text)}`;
        return `${what} in "${stageName(journey, note.stageId)}" / "${lane}": fill it in`;
      }),
    );
    return findings;
  },
};
