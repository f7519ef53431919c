// The lanes of each map kind (issue 3). Lane ids are the kind's name, so the
// same lane keeps its id when a journey changes kind.
import type { Journey, JourneyKind, Lane, LaneKind } from '../model/journey.ts';

const lane = (kind: LaneKind, name: string): Lane => ({ id: kind, name, kind });

/** A current-state map and its future state have the same lanes. */
const STATE_LANES: readonly Lane[] = [
  lane('touchpoints', 'Touchpoints'),
  lane('thoughts', 'Thoughts'),
  lane('emotions', 'Emotions'),
  lane('pain-points', 'Pain points'),
  lane('opportunities', 'Opportunities'),
];

export const KIND_LANES: Record<JourneyKind, readonly Lane[]> = {
  'current-state': STATE_LANES,
  'future-state': STATE_LANES,
  'day-in-the-life': [
    lane('touchpoints', 'Activities'),
    lane('thoughts', 'Thoughts and feelings'),
    lane('emotions', 'Emotions'),
    lane('pain-points', 'Pain points'),
    lane('opportunities', 'Unmet needs'),
  ],
  'service-blueprint': [
    lane('touchpoints', 'Customer actions'),
    lane('frontstage', 'Frontstage'),
    lane('backstage', 'Backstage'),
    lane('support', 'Support processes (people, processes, policies, technology)'),
    lane('pain-points', 'Pain points'),
    lane('opportunities', 'Opportunities'),
  ],
};

export function lanesForKind(kind: JourneyKind): Lane[] {
  return KIND_LANES[kind].map((entry) => ({ ...entry }));
}

/**
 * The journey as a map of another kind: the new kind's lanes, each note moved
 * to the lane of the same lane kind. A lane the new kind lacks is kept when it
 * holds notes, so changing kind never loses a note.
 */
export function withKind(journey: Journey, kind: JourneyKind): Journey {
  const lanes = lanesForKind(kind);
  const byKind = new Map(lanes.map((entry) => [entry.kind, entry.id]));
  const usedLaneIds = new Set(journey.notes.map((note) => note.laneId));
  const kept = journey.lanes.filter((old) => !byKind.has(old.kind) && usedLaneIds.has(old.id) && !lanes.some((entry) => entry.id === old.id));
  const laneIdOf = new Map(journey.lanes.map((old) => [old.id, byKind.get(old.kind) ?? old.id]));
  return {
    ...journey,
    kind,
    lanes: [...lanes, ...kept.map((old) => ({ ...old }))],
    notes: journey.notes.map((note) => ({ ...note, laneId: laneIdOf.get(note.laneId) ?? note.laneId })),
  };
}
