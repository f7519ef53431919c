// An empty lane is either unfinished work or a lane the map does not need.
import { countOf, isFilled, ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const emptyLane: Rule = {
  id: 'empty-lane',
  group: 'completeness',
  severity: 'info',
  explanation: {
    title: 'Empty lane',
    count: (n) => `${countOf(n, ['lane holds', 'lanes hold'])} nothing`,
    why: 'An empty lane is unfinished work or a lane the map does not need.',
    todo: 'Fill it in, or remove the lane.',
  },
  score: { points: 6, subjects: (journey) => journey.lanes.length },
  check(journey, context) {
    // Empty stickies and placeholders do not fill a lane.
    const used = new Set(journey.notes.filter(isFilled).map((note) => note.laneId));
    // The emotions lane holds the curve drawn from the touchpoints, or stickies: empty only with neither.
    const curves = new Set(context.curveLaneIds ?? []);
    return journey.lanes
      .filter((lane) => !used.has(lane.id) && !(lane.kind === 'emotions' && curves.has(lane.id)))
      .map((lane) =>
        ruleFinding(emptyLane, {
          message: lane.kind === 'emotions' ? `Lane "${lane.name}" holds neither a sticky nor a curve point: Refresh curve (Emotions tab) draws it from the touchpoints` : `Lane "${lane.name}" holds nothing filled in`,
          laneId: lane.id,
          itemIds: [lane.id],
        }),
      );
  },
};
