// The lanes of each map kind (issue 3). Lane ids are the kind's name, so the
// same lane keeps its id when a journey changes kind.
import type { Journey, JourneyKind, Lane } from '../model/journey.ts';
import { JOURNEY_KIND_RECORDS, JOURNEY_KINDS, recordOf } from '../model/lane-kinds.ts';

/** Each kind's lanes, from the kind registry (model/lane-kinds.ts). */
export const KIND_LANES: Record<JourneyKind, readonly Lane[]> = recordOf(JOURNEY_KINDS, (kind) =>
  JOURNEY_KIND_RECORDS[kind].lanes.map(([laneKind, name]): Lane => ({ id: laneKind, name, kind: laneKind })),
);

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
