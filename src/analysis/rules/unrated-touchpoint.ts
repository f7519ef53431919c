// A touchpoint nobody rated leaves the emotion curve guessing.
import { noteFindings, quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const unratedTouchpoint: Rule = {
  id: 'unrated-touchpoint',
  severity: 'warning',
  check(journey) {
    const unrated = touchpoints(journey).filter((note) => note.valence === null);
    return noteFindings({ rule: unratedTouchpoint, notes: unrated }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" has no emotion`);
  },
};
