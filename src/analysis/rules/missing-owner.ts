// A touchpoint or opportunity no team owns is one nobody will improve.
import type { Journey, Note } from '../../model/journey.ts';
import { countOf, isFilled, laneIdsOfKind, noteFindings, quote, stageName, touchpointLaneIds } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

function owned(journey: Journey): Note[] {
  const lanes = new Set([...touchpointLaneIds(journey), ...laneIdsOfKind(journey, ['opportunities'])]);
  return journey.notes.filter((note) => lanes.has(note.laneId) && isFilled(note));
}

export const missingOwner: Rule = {
  id: 'missing-owner',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'No owning team',
    count: (n) => `${countOf(n, ['touchpoint or opportunity has', 'touchpoints and opportunities have'])} no owner`,
    why: 'What no team owns, nobody improves.',
    todo: 'Add a tag "owner: …" (marketing, sales, service, product…).',
  },
  score: { points: 6, subjects: (journey) => owned(journey).length, nothingIsUnfinished: true },
  check(journey) {
    const unowned = owned(journey).filter((note) => note.owner === null);
    return noteFindings({ rule: missingOwner, notes: unowned }, (note) => `${quote(note.text)} in "${stageName(journey, note.stageId)}" has no owner tag`);
  },
};
