// Shared journey fixtures for property and example tests (layout, readback,
// analysis…). `journeyArbitrary()` yields valid random journeys whose text
// survives the board round trip: names and note texts start with a letter (no
// emoji or "(+1)" marker by accident), hold no newline, `;` `|` `,` `:` or
// `-` (the header's list and persona separators), and no runs of spaces;
// they do hold `& < > ' "` so escaping is exercised. Lane names are the
// canonical ones of their kind (`LANE_NAMES`), so readback can infer the kind.
// Ids are deterministic: stage-1…, lane-1…, note-1… in array order.
import fc from 'fast-check';
import type { Journey, JourneyKind, LaneKind, Note } from '../../src/model/journey.ts';
import { JOURNEY_KINDS, LANE_KINDS, PALETTES, REVIEW_CADENCES } from '../../src/model/journey.ts';

/** The lane title a map of each kind of lane carries. */
export const LANE_NAMES: Record<LaneKind, string> = {
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts',
  emotions: 'Emotions',
  'pain-points': 'Pain points',
  opportunities: 'Opportunities',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support processes',
  other: 'Notes',
};

export const CHANNELS = ['email', 'web', 'app', 'phone', 'store', 'social', 'chat'] as const;
export const OWNERS = ['marketing', 'sales', 'service', 'product', 'logistics'] as const;
export const EVIDENCE = ['interview', 'survey', 'analytics', 'support logs', 'usability test'] as const;

export interface JourneyArbitraryOptions {
  /** Fix the map kind; random when absent. */
  kind?: JourneyKind;
  minStages?: number; // default 1
  maxStages?: number; // default 8
  /** Lane kinds to choose from (each used at most once); default all of LANE_KINDS. */
  laneKinds?: readonly LaneKind[];
  maxNotesPerCell?: number; // default 6
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßøñ';
const INNER = `${LETTERS}0123456789&<>'"?!.`;

const letter = fc.constantFrom(...LETTERS);
const word = fc
  .tuple(letter, fc.string({ unit: fc.constantFrom(...INNER), maxLength: 9 }))
  .map(([first, rest]) => first + rest);

/** One line of board-safe text: 1–`maxWords` words, single spaces, starting with a letter. */
export function textArbitrary(maxWords = 6): fc.Arbitrary<string> {
  return fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));
}

/** A real calendar date, YYYY-MM-DD. */
export const isoDateArbitrary: fc.Arbitrary<string> = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

type NoteBody = Omit<Note, 'id' | 'stageId' | 'laneId'>;

const noteBody: fc.Arbitrary<NoteBody> = fc.record({
  text: textArbitrary(8),
  valence: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
  owner: fc.option(fc.constantFrom(...OWNERS), { nil: null }),
  evidence: fc.option(fc.constantFrom(...EVIDENCE), { nil: null }),
  momentOfTruth: fc.boolean(),
});

const persona = fc.record({
  name: textArbitrary(3),
  description: fc.oneof(fc.constant(''), textArbitrary(6)),
  goals: fc.array(textArbitrary(5), { maxLength: 4 }),
  motivations: fc.array(textArbitrary(5), { maxLength: 4 }),
  frustrations: fc.array(textArbitrary(5), { maxLength: 4 }),
});

/** Valid random journeys (they pass `journeySchema`). */
export function journeyArbitrary(options: JourneyArbitraryOptions = {}): fc.Arbitrary<Journey> {
  const laneKinds = options.laneKinds ?? LANE_KINDS;
  const stageCount = fc.integer({ min: options.minStages ?? 1, max: options.maxStages ?? 8 });
  const lanes = fc.shuffledSubarray([...laneKinds], { minLength: 1 });
  return fc
    .tuple(stageCount, lanes)
    .chain(([stages, kinds]) =>
      fc.record({
        title: textArbitrary(5),
        kind: options.kind === undefined ? fc.constantFrom(...JOURNEY_KINDS) : fc.constant(options.kind),
        palette: fc.constantFrom(...PALETTES),
        persona,
        objectives: fc.array(textArbitrary(6), { maxLength: 7 }),
        stageNames: fc.array(textArbitrary(3), { minLength: stages, maxLength: stages }),
        kinds: fc.constant(kinds),
        cells: fc.array(fc.array(noteBody, { maxLength: options.maxNotesPerCell ?? 6 }), {
          minLength: stages * kinds.length,
          maxLength: stages * kinds.length,
        }),
        lastReviewed: fc.option(isoDateArbitrary, { nil: null }),
        cadence: fc.option(fc.constantFrom(...REVIEW_CADENCES), { nil: null }),
      }),
    )
    .map((drawn) => {
      const stages = drawn.stageNames.map((name, index) => ({ id: `stage-${index + 1}`, name, order: index }));
      const lanes = drawn.kinds.map((kind, index) => ({ id: `lane-${index + 1}`, name: LANE_NAMES[kind], kind }));
      const notes: Note[] = [];
      drawn.cells.forEach((bodies, cell) => {
        const stage = stages[cell % stages.length];
        const lane = lanes[Math.floor(cell / stages.length)];
        if (stage === undefined || lane === undefined) return;
        for (const body of bodies) notes.push({ id: `note-${notes.length + 1}`, stageId: stage.id, laneId: lane.id, ...body });
      });
      return {
        id: 'journey-1',
        title: drawn.title,
        kind: drawn.kind,
        palette: drawn.palette,
        persona: drawn.persona,
        objectives: drawn.objectives,
        stages,
        lanes,
        notes,
        review: { lastReviewed: drawn.lastReviewed, cadence: drawn.cadence },
      };
    });
}

/** A small hand-written current-state journey (a fresh copy on every call). */
export function sampleJourney(): Journey {
  const note = (id: string, stageId: string, laneId: string, text: string, extra: Partial<Note> = {}): Note => ({
    id,
    stageId,
    laneId,
    text,
    valence: null,
    channel: null,
    owner: null,
    evidence: null,
    momentOfTruth: false,
    ...extra,
  });
  return {
    id: 'coffee',
    title: 'Coffee subscription',
    kind: 'current-state',
    palette: 'classic',
    persona: {
      name: 'Sam',
      description: 'remote worker who drinks three cups a day',
      goals: ['Good coffee without shopping', 'Control over the budget'],
      motivations: ['Tries new roasts'],
      frustrations: ['Deliveries that miss the letterbox'],
    },
    objectives: ['Find where sign-up loses people', 'Decide what to fix first', 'Agree owners per step'],
    stages: [
      { id: 'discover', name: 'Discover', order: 0 },
      { id: 'sign-up', name: 'Sign up', order: 1 },
      { id: 'first-box', name: 'First box', order: 2 },
    ],
    lanes: [
      { id: 'doing', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'thinking', name: 'Thoughts', kind: 'thoughts' },
      { id: 'pains', name: 'Pain points', kind: 'pain-points' },
      { id: 'ideas', name: 'Opportunities', kind: 'opportunities' },
    ],
    notes: [
      note('n1', 'discover', 'doing', "Sees a friend's post", { valence: 1, channel: 'social', owner: 'marketing', evidence: 'interview' }),
      note('n2', 'sign-up', 'doing', 'Fills in a long form', { valence: -1, channel: 'web', owner: 'product', momentOfTruth: true }),
      note('n3', 'sign-up', 'pains', 'Too many fields & no guest checkout'),
      note('n4', 'sign-up', 'ideas', 'Sign up with email only', { owner: 'product' }),
      note('n5', 'first-box', 'doing', 'Box arrives <on time>', { valence: 2, channel: 'store', evidence: 'survey' }),
      note('n6', 'first-box', 'thinking', 'Will the next roast be as good?'),
    ],
    review: { lastReviewed: '2026-09-01', cadence: 'quarterly' },
  };
}
