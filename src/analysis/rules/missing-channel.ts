// Without a channel nobody knows where the touchpoint happens (email, store, app…).
import { countOf, noteFindings, quote, stageName, touchpointCount, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const missingChannel: Rule = {
  id: 'missing-channel',
  group: 'completeness',
  severity: 'info',
  explanation: {
    title: 'Touchpoint without a channel',
    count: (n) => `${countOf(n, ['touchpoint has', 'touchpoints have'])} no channel`,
    why: 'Without a channel nobody knows where the touchpoint happens.',
    todo: 'Add a tag "channel: …" (email, web, app, store…).',
  },
  score: { points: 4, subjects: touchpointCount, nothingIsUnfinished: true },
  check(journey) {
    const bare = touchpoints(journey).filter((note) => note.channel === null);
    return noteFindings({ rule: missingChannel, notes: bare }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" has no channel tag`);
  },
};
