// journey → board plan, deterministic and pure (docs/architecture.md "Compute, then act").
import type { Journey } from '../model/journey.ts';
import { GAP, LANE_LABEL_WIDTH, PAD, STAGE_HEADER_HEIGHT, gridFor } from './geometry.ts';
import { emotionCurve, laneLabels, stageHeaders, stickies } from './grid-items.ts';
import { curveWhiskers } from './curve-range.ts';
import { headerFor } from './header.ts';
import type { BoardPlan } from './plan.ts';

export * from './geometry.ts';
export type * from './plan.ts';

export function layoutJourney(journey: Journey): BoardPlan {
  const header = headerFor(journey);
  const gridLeft = PAD + LANE_LABEL_WIDTH + GAP / 2;
  const gridTop = header.bottom + GAP + STAGE_HEADER_HEIGHT;
  const grid = gridFor(journey, { left: gridLeft, top: gridTop });
  const curve = emotionCurve(journey, grid);
  return {
    frame: {
      title: journey.title,
      width: Math.ceil(Math.max(grid.right, header.right) + PAD),
      height: Math.ceil(grid.bottom + PAD),
    },
    children: [...header.items, ...stageHeaders(grid), ...laneLabels(grid, PAD), ...stickies(journey, grid), ...curveWhiskers(journey, grid), ...curve.points, ...curve.links],
  };
}
