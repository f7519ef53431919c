// Lane name → lane kind: how a lane label written by the app or by hand says
// what its stickies are. Shared by the CSV import and the readback.
import type { LaneKind } from './journey.ts';

const SYNONYMS: ReadonlyArray<readonly [LaneKind, readonly string[]]> = [
  ['touchpoints', ['touchpoints', 'touchpoint', 'actions', 'customer actions', 'doing', 'activities']],
  ['thoughts', ['thoughts', 'thinking', 'feelings', 'thoughts and feelings', 'thoughts & feelings']],
  ['emotions', ['emotions', 'emotion', 'emotional journey', 'emotion curve']],
  ['pain-points', ['pain points', 'pain point', 'pains', 'frustrations']],
  ['opportunities', ['opportunities', 'opportunity', 'ideas', 'improvements', 'unmet needs']],
  ['frontstage', ['frontstage', 'front stage', 'frontstage actions']],
  ['backstage', ['backstage', 'back stage', 'backstage actions']],
  ['support', ['support processes', 'support', 'support process']],
];

/** Lower case, words only: "Pain-points:" and "  PAIN POINTS " read the same. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, LaneKind> = new Map(
  SYNONYMS.flatMap(([kind, names]) => names.map((name) => [normalise(name), kind] as const)),
);

/**
 * The lane kind a lane name stands for. Words in brackets after the name are
 * ignored ("Support processes (people, processes, policies, technology)").
 */
export function laneKindFromName(name: string): LaneKind {
  const withoutNote = name.replace(/\s*[([].*$/s, '');
  return BY_NAME.get(normalise(withoutNote)) ?? BY_NAME.get(normalise(name)) ?? 'other';
}
