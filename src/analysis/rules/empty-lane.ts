// An empty lane is either unfinished work or a lane the map does not need.
import { ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const emptyLane: Rule = {
  id: 'empty-lane',
  severity: 'info',
  check(journey) {
    const used = new Set(journey.notes.map((note) => note.laneId));
    // The emotions lane holds the curve drawn from the touchpoints, not stickies.
    return journey.lanes
      .filter((lane) => lane.kind !== 'emotions' && !used.has(lane.id))
      .map((lane) => ruleFinding(emptyLane, { message: `Lane "${lane.name}" holds no sticky`, laneId: lane.id, itemIds: [lane.id] }));
  },
};
