// An empty lane is either unfinished work or a lane the map does not need.
import { ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const emptyLane: Rule = {
  id: 'empty-lane',
  severity: 'info',
  check(journey, context) {
    const used = new Set(journey.notes.map((note) => note.laneId));
    // The emotions lane holds the curve drawn from the touchpoints, or stickies: empty only with neither.
    const curves = new Set(context.curveLaneIds ?? []);
    return journey.lanes
      .filter((lane) => !used.has(lane.id) && !(lane.kind === 'emotions' && curves.has(lane.id)))
      .map((lane) => ruleFinding(emptyLane, { message: lane.kind === 'emotions' ? `Lane "${lane.name}" holds neither a sticky nor a curve point: Refresh curve (Emotions tab) draws it from the touchpoints` : `Lane "${lane.name}" holds no sticky`, laneId: lane.id, itemIds: [lane.id] }));
  },
};
