// Without a channel nobody knows where the touchpoint happens (email, store, app…).
import { noteFindings, quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const missingChannel: Rule = {
  id: 'missing-channel',
  severity: 'info',
  check(journey) {
    const bare = touchpoints(journey).filter((note) => note.channel === null);
    return noteFindings({ rule: missingChannel, notes: bare }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" has no channel tag`);
  },
};
