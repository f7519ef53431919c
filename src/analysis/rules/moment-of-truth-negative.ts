// A moment of truth decides whether the customer stays: a negative one is the first thing to fix.
import { noteFindings, quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const momentOfTruthNegative: Rule = {
  id: 'moment-of-truth-negative',
  severity: 'error',
  check(journey) {
    const negative = touchpoints(journey).filter((note) => note.momentOfTruth && note.valence !== null && note.valence < 0);
    return noteFindings({ rule: momentOfTruthNegative, notes: negative }, (note) => `Moment of truth ${quote(note.text)} in "${stageName(journey, note.stageId)}" is negative`);
  },
};
