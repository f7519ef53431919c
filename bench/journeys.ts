// Deterministic journeys of any size for the benchmarks: the same seed gives
// the same journey on every run and machine, so figures stay comparable.
import type { Journey, JourneyKind, Lane, Note } from '../src/model/journey.ts';
import { lanesForKind } from '../src/templates/index.ts';
import { seededRandom } from '../src/model/seeded-random.ts';


const STAGE_NAMES = ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Onboarding', 'First use', 'Habit', 'Support', 'Renewal', 'Loyalty', 'Advocacy', 'Win-back'];
const VERBS = ['Reads', 'Compares', 'Asks about', 'Waits for', 'Pays for', 'Shares', 'Returns', 'Rates', 'Searches for', 'Opens'];
const OBJECTS = ['the pricing page', 'a review', 'the delivery slot', 'an email', 'the invoice', 'a support chat', 'the app', 'a discount code', 'the contract', 'a friend’s advice'];
const MOODS = ['and feels confident', 'but is unsure', 'and gives up', 'with some doubt', 'happily', 'after a long wait', '', ''];
const CHANNELS = ['email', 'web', 'app', 'phone', 'store', 'social', 'chat'];
const OWNERS = ['marketing', 'sales', 'service', 'product', 'logistics'];
const EVIDENCE = ['interview', 'survey', 'analytics', 'support logs', 'usability test'];

export interface JourneySize {
  kind: JourneyKind;
  stages: number;
  /** The kind's own lanes, then lanes of the current-state map it lacks, up to this count. */
  lanes: number;
  /** Stickies in all (the emotion lane holds the curve, not stickies). */
  notes: number;
  seed?: number;
}

function pick<T>(list: readonly T[], index: number): T {
  const found = list[index % list.length];
  if (found === undefined) throw new Error('pick from an empty list');
  return found;
}

function draw<T>(random: () => number, list: readonly T[]): T {
  return pick(list, Math.floor(random() * list.length));
}

/** One of `list` with probability `chance`, else null (a note without that tag). */
function maybe<T>(random: () => number, tag: { list: readonly T[]; chance: number }): T | null {
  return random() < tag.chance ? draw(random, tag.list) : null;
}

function lanesOf(kind: JourneyKind, count: number): Lane[] {
  const own = lanesForKind(kind);
  const extra = lanesForKind('current-state').filter((lane) => !own.some((entry) => entry.kind === lane.kind));
  const lanes = [...own, ...extra].slice(0, count);
  if (lanes.length < count) throw new Error(`a ${kind} map has at most ${lanes.length} lanes here`);
  return lanes;
}

/** A valid journey of the given size, with persona, objectives and a review line. */
export function generateJourney(size: JourneySize): Journey {
  const random = seededRandom(size.seed ?? 42);
  const stages = Array.from({ length: size.stages }, (_, index) => ({
    id: `stage-${index + 1}`,
    name: STAGE_NAMES[index % STAGE_NAMES.length] + (index >= STAGE_NAMES.length ? ` ${Math.floor(index / STAGE_NAMES.length) + 1}` : ''),
    order: index,
  }));
  const lanes = lanesOf(size.kind, size.lanes);
  const noteLanes = lanes.filter((lane) => lane.kind !== 'emotions');
  if (stages.length === 0 || noteLanes.length === 0) throw new Error('a benchmark journey needs a stage and a lane for stickies');
  // Notes fill the cells round-robin, so every cell holds its share.
  const notes: Note[] = Array.from({ length: size.notes }, (_, index) => ({
    id: `note-${index + 1}`,
    stageId: pick(stages, index % stages.length).id,
    laneId: pick(noteLanes, Math.floor(index / stages.length) % noteLanes.length).id,
    text: `${draw(random, VERBS)} ${draw(random, OBJECTS)} ${draw(random, MOODS)}`.trim() + ` #${index + 1}`,
    valence: random() < 0.15 ? null : Math.floor(random() * 5) - 2,
    channel: maybe(random, { list: CHANNELS, chance: 0.7 }),
    owner: maybe(random, { list: OWNERS, chance: 0.6 }),
    evidence: maybe(random, { list: EVIDENCE, chance: 0.5 }),
    momentOfTruth: random() < 0.05,
  }));
  return {
    id: `bench-${size.stages}x${size.lanes}-${size.notes}`,
    title: `Benchmark journey, ${size.notes} stickies`,
    kind: size.kind,
    palette: 'classic',
    persona: {
      name: 'Alex',
      description: 'Small business owner buying software for a team of five',
      goals: ['Get the team on one tool', 'Stay within budget'],
      motivations: ['Saves an hour a day'],
      frustrations: ['Hidden fees', 'Slow support replies'],
    },
    objectives: ['Find where trials drop out', 'Agree an owner for every step', 'Pick three fixes for next quarter'],
    stages,
    lanes,
    notes,
    review: { lastReviewed: '2026-06-01', cadence: 'quarterly' },
  };
}
