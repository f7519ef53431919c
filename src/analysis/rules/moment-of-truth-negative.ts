// A moment of truth decides whether the customer stays: a negative one is the first thing to fix.
import { quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const momentOfTruthNegative: Rule = {
  id: 'moment-of-truth-negative',
  severity: 'error',
  check(journey) {
    return touchpoints(journey)
      .filter((note) => note.momentOfTruth && note.valence !== null && note.valence < 0)
      .map((note) => ({
        rule: 'moment-of-truth-negative',
        severity: 'error',
        message: `Moment of truth ${quote(note.text)} in "${stageName(journey, note.stageId)}" is negative`,
        stageId: note.stageId,
        laneId: note.laneId,
        itemIds: [note.id],
      }));
  },
};
