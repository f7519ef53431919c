// A touchpoint nobody rated leaves the emotion curve guessing.
import { countOf, noteFindings, quote, stageName, touchpointCount, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const unratedTouchpoint: Rule = {
  id: 'unrated-touchpoint',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Touchpoint without an emotion',
    count: (n) => `${countOf(n, ['touchpoint has', 'touchpoints have'])} no emotion`,
    why: 'Unrated touchpoints leave the emotion curve guessing.',
    todo: 'Colour the sticky by emotion or start its text with a marker such as 🙂 or (+1).',
  },
  score: { points: 8, subjects: touchpointCount, nothingIsUnfinished: true },
  check(journey) {
    const unrated = touchpoints(journey).filter((note) => note.valence === null);
    return noteFindings({ rule: unratedTouchpoint, notes: unrated }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" has no emotion`);
  },
};
