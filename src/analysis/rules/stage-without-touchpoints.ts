// A stage with no touchpoint is a hole in the journey: what does the customer do there?
import { notesIn, ruleFinding, touchpointLaneIds } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const stageWithoutTouchpoints: Rule = {
  id: 'stage-without-touchpoints',
  severity: 'error',
  check(journey) {
    const lanes = touchpointLaneIds(journey);
    const laneId = journey.lanes.find((lane) => lanes.has(lane.id))?.id;
    return journey.stages
      .filter((stage) => notesIn(journey, { stage, lanes: lanes }).length === 0)
      .map((stage) =>
        ruleFinding(stageWithoutTouchpoints, {
          message: laneId === undefined ? `Stage "${stage.name}": the map has no touchpoint lane` : `Stage "${stage.name}" has no touchpoint`,
          stageId: stage.id,
          ...(laneId === undefined ? {} : { laneId }),
          itemIds: [stage.id],
        }),
      );
  },
};
