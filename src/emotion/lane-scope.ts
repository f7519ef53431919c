// Which lanes a recolour (or palette switch) touches. Colour means emotion on
// touchpoints only: in workshops pains, ideas, thoughts, backstage and support
// stickies are colour-coded categories, so by default they keep their colours;
// the user widens the scope to every lane explicitly.
import type { LaneKind } from '../model/journey.ts';
import { readJourney } from '../readback/read-journey.ts';
import { isSticky, type BoardSnapshot } from '../snapshot/snapshot.ts';
import type { Targets } from './targets.ts';

export const LANE_SCOPES = ['touchpoints', 'all'] as const;
export type LaneScope = (typeof LANE_SCOPES)[number];

/** The lanes whose colour says how the customer feels: what the customer does and meets, and notes on the emotion curve. */
export const EMOTION_LANE_KINDS: readonly LaneKind[] = ['touchpoints', 'frontstage', 'emotions'];

type FoundTargets = Extract<Targets, { ok: true }>;

export interface LaneCoverage {
  /** Names of the lanes covered; empty when the map has no lanes readback could find (every sticky is covered). */
  covered: string[];
  /** Lanes left as they are, with how many target stickies each holds. */
  left: { lane: string; count: number }[];
  /** Target stickies in no lane (parked outside the grid), left as they are. */
  outside: number;
}

export interface ScopedTargets {
  targets: FoundTargets;
  coverage: LaneCoverage;
}

/** The targets narrowed to the lanes of `scope`; with 'all', or on a board with no readable map, every target. */
export function scopeToLanes(targets: FoundTargets, { snapshot, scope }: { snapshot: BoardSnapshot; scope: LaneScope }): ScopedTargets {
  const read = targets.frame === null ? null : readJourney(snapshot, { frameId: targets.frame.id });
  if (read === null || !read.ok || read.journey.lanes.length === 0) return { targets, coverage: { covered: [], left: [], outside: 0 } };
  const { lanes, notes } = read.journey;
  const inScope = (kind: LaneKind) => scope === 'all' || EMOTION_LANE_KINDS.includes(kind);
  const laneOf = new Map(notes.map((note) => [note.id, lanes.find((lane) => lane.id === note.laneId)]));
  // Every sticky of the frame outside the scope, targeted or not (a palette switch leaves them too), and
  // stickies in no lane: parked ones, and hand-made maps' stage and lane titles written on stickies.
  const excluded = (id: string) => {
    const lane = laneOf.get(id);
    return scope !== 'all' && (lane === undefined || !inScope(lane.kind));
  };
  const left = new Map<string, number>();
  let outside = 0;
  for (const sticky of targets.stickies) {
    if (!excluded(sticky.id)) continue;
    const lane = laneOf.get(sticky.id);
    if (lane === undefined) outside++;
    else left.set(lane.name, (left.get(lane.name) ?? 0) + 1);
  }
  return {
    targets: { ...targets, stickies: targets.stickies.filter((sticky) => !excluded(sticky.id)), frameItems: targets.frameItems.filter((item) => !isSticky(item) || !excluded(item.id)) },
    coverage: {
      covered: lanes.filter((lane) => inScope(lane.kind)).map((lane) => lane.name),
      left: [...left].map(([lane, count]) => ({ lane, count })),
      outside,
    },
  };
}

/** "Covers Touchpoints, Emotions. Left as they are: Pain points (4), Ideas (3): their colours are categories, not emotions; <widen>." */
export function coverageText(coverage: LaneCoverage, { widen }: { widen: string }): string {
  if (coverage.covered.length === 0) return 'No journey lanes found: every sticky is covered.';
  const parts = [`Covers ${coverage.covered.join(', ')}.`];
  const left = coverage.left.map(({ lane, count }) => `${lane} (${count})`);
  if (coverage.outside > 0) left.push(`${coverage.outside} outside the grid`);
  if (left.length > 0) parts.push(`Left as they are: ${left.join(', ')}: their colours are categories, not emotions; ${widen}.`);
  return parts.join(' ');
}
