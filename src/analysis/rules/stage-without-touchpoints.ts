// A stage with no touchpoint is a hole in the journey: what does the customer do there?
// Placeholders and empty stickies do not count as touchpoints.
import { addEmptySticky, countOf, notesIn, ruleFinding, stageCount, touchpointLaneIds } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const stageWithoutTouchpoints: Rule = {
  id: 'stage-without-touchpoints',
  group: 'completeness',
  severity: 'error',
  explanation: {
    title: 'Stage without touchpoints',
    count: (n) => `${countOf(n, ['stage has', 'stages have'])} no touchpoint`,
    why: 'A stage where the customer does nothing visible is a hole in the journey.',
    todo: 'Add what the customer does or meets in this stage, or merge the stage.',
  },
  score: { points: 20, subjects: stageCount, nothingIsUnfinished: true },
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
  fixes: (finding) => addEmptySticky(finding, 'Add an empty touchpoint'),
};
