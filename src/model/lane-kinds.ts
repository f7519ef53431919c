// The one home of map kinds and lane kinds: a record per lane kind (label and
// the names people give it) and per map kind (label, lanes, how it is
// recognised). The model's enums, the labels, the header's kind reading, the
// lanes of each kind, lane kind from a name, the CSV import and the blueprint
// tests all derive from these two records: adding a kind is one entry here,
// and the compiler asks for everything that entry must say.
import { JOURNEY_KIND_WORDS, LANE_WORDS } from './lane-words.ts';
import { WordTable } from './words.ts';

interface LaneKindRecord {
  label: string;
  /** What people write on a label of this kind, in any language (lane-words.ts). */
  words: readonly string[];
}

export const LANE_KIND_RECORDS = {
  touchpoints: { label: 'Touchpoints', words: LANE_WORDS.touchpoints },
  thoughts: { label: 'Thoughts', words: LANE_WORDS.thoughts },
  emotions: { label: 'Emotions', words: LANE_WORDS.emotions },
  'pain-points': { label: 'Pain points', words: LANE_WORDS['pain-points'] },
  opportunities: { label: 'Opportunities', words: LANE_WORDS.opportunities },
  frontstage: { label: 'Frontstage', words: LANE_WORDS.frontstage },
  backstage: { label: 'Backstage', words: LANE_WORDS.backstage },
  support: { label: 'Support processes', words: LANE_WORDS.support },
  other: { label: 'Other', words: [] },
} as const satisfies Record<string, LaneKindRecord>;

export type LaneKind = keyof typeof LANE_KIND_RECORDS;
export const LANE_KINDS = Object.keys(LANE_KIND_RECORDS) as [LaneKind, ...LaneKind[]];

interface JourneyKindRecord {
  label: string;
  /** The lanes a new map of this kind gets: [lane kind, lane name], top to bottom. */
  lanes: readonly (readonly [LaneKind, string])[];
  /** Words naming the kind on a frame title or the review line. */
  words: readonly string[];
  /** Lane kinds that make a map of this kind when nothing names one (backstage → blueprint). */
  impliedBy: readonly LaneKind[];
}

const STATE_LANES = [
  ['touchpoints', 'Touchpoints'],
  ['thoughts', 'Thoughts'],
  ['emotions', 'Emotions'],
  ['pain-points', 'Pain points'],
  ['opportunities', 'Opportunities'],
] as const;

export const JOURNEY_KIND_RECORDS = {
  'current-state': { label: 'Current state', lanes: STATE_LANES, words: JOURNEY_KIND_WORDS['current-state'], impliedBy: [] },
  'future-state': { label: 'Future state', lanes: STATE_LANES, words: JOURNEY_KIND_WORDS['future-state'], impliedBy: [] },
  'day-in-the-life': {
    label: 'Day in the life',
    lanes: [
      ['touchpoints', 'Activities'],
      ['thoughts', 'Thoughts and feelings'],
      ['emotions', 'Emotions'],
      ['pain-points', 'Pain points'],
      ['opportunities', 'Unmet needs'],
    ],
    words: JOURNEY_KIND_WORDS['day-in-the-life'],
    impliedBy: [],
  },
  'service-blueprint': {
    label: 'Service blueprint',
    lanes: [
      ['touchpoints', 'Customer actions'],
      ['frontstage', 'Frontstage'],
      ['backstage', 'Backstage'],
      ['support', 'Support processes (people, processes, policies, technology)'],
      ['pain-points', 'Pain points'],
      ['opportunities', 'Opportunities'],
    ],
    words: JOURNEY_KIND_WORDS['service-blueprint'],
    impliedBy: ['backstage'],
  },
} as const satisfies Record<string, JourneyKindRecord>;

export type JourneyKind = keyof typeof JOURNEY_KIND_RECORDS;
export const JOURNEY_KINDS = Object.keys(JOURNEY_KIND_RECORDS) as [JourneyKind, ...JourneyKind[]];

/** The kind new maps get when nothing on the board names one. */
export const DEFAULT_JOURNEY_KIND: JourneyKind = 'current-state';

const LANE_TABLE = new WordTable<LaneKind>(recordOf(LANE_KINDS, (kind) => LANE_KIND_RECORDS[kind].words));
const KIND_TABLE = new WordTable<JourneyKind>(recordOf(JOURNEY_KINDS, (kind) => JOURNEY_KIND_RECORDS[kind].words));

/**
 * The lane kind a lane name stands for, `other` when it names none. Words in
 * brackets after the name are a note ("Support processes (people, …)").
 */
export function laneKindFromName(name: string): LaneKind {
  const withoutNote = name.replace(/\s*[([（［].*$/su, '');
  return (withoutNote.trim() === '' ? undefined : LANE_TABLE.find(withoutNote)) ?? LANE_TABLE.find(name) ?? 'other';
}

/** The map kind a text names (a frame title, the review line), if any. */
export function journeyKindFromText(text: string): JourneyKind | null {
  return KIND_TABLE.find(text) ?? null;
}

/** The map kind the lanes imply when no text names one. */
export function journeyKindFromLanes(laneKinds: readonly LaneKind[]): JourneyKind {
  const implied = JOURNEY_KINDS.find((kind) => JOURNEY_KIND_RECORDS[kind].impliedBy.some((laneKind: LaneKind) => laneKinds.includes(laneKind)));
  return implied ?? DEFAULT_JOURNEY_KIND;
}

/** A record with one entry per key (per map kind, per lane kind): the compiler sees every kind covered. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export const journeyKindLabel = (kind: JourneyKind): string => JOURNEY_KIND_RECORDS[kind].label;
export const laneKindLabel = (kind: LaneKind): string => LANE_KIND_RECORDS[kind].label;

/**
 * The metadata key of a lane label's kind hint (`{ laneKind: "touchpoints" }`):
 * written by the app on the labels it inserts and when someone corrects a kind
 * in the panel, so a renamed lane keeps its kind. Frames cannot hold metadata; labels can.
 */
export const LANE_KIND_HINT_KEY = 'laneKind';
