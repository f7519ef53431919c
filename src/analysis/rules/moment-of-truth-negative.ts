// Insight: a moment of truth decides whether the customer stays; where one is
// negative, the map shows where the journey is won or lost. Not a defect of the map.
import { countOf, noteFindings, quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const momentOfTruthNegative: Rule = {
  id: 'moment-of-truth-negative',
  group: 'insight',
  severity: 'info',
  explanation: {
    title: 'Negative moment of truth',
    count: (n) => `${countOf(n, ['moment of truth is', 'moments of truth are'])} negative`,
    why: 'Moments of truth decide whether customers stay; a bad one costs most.',
    todo: 'Make this the first opportunity to work on and give it an owner.',
  },
  check(journey) {
    const negative = touchpoints(journey).filter((note) => note.momentOfTruth && note.valence !== null && note.valence < 0);
    return noteFindings({ rule: momentOfTruthNegative, notes: negative }, (note) => `Moment of truth ${quote(note.text)} in "${stageName(journey, note.stageId)}" is negative`);
  },
};
