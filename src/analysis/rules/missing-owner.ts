// A touchpoint or opportunity no team owns is one nobody will improve.
import { laneIdsOfKind, noteFindings, quote, stageName, touchpointLaneIds } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const missingOwner: Rule = {
  id: 'missing-owner',
  severity: 'warning',
  check(journey) {
    const lanes = new Set([...touchpointLaneIds(journey), ...laneIdsOfKind(journey, ['opportunities'])]);
    const unowned = journey.notes.filter((note) => lanes.has(note.laneId) && note.owner === null);
    return noteFindings({ rule: missingOwner, notes: unowned }, (note) => `${quote(note.text)} in "${stageName(journey, note.stageId)}" has no owner tag`);
  },
};
