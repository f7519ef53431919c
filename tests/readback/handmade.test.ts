// Hand-made maps, each read as a facilitator would read it (expectations written by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFrame, parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { loadFixture, noteRows, readFixture } from './fixture.ts';

describe('the shared example (examples/README.md)', () => {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const result = readJourney(parsed.snapshot);
  if (!result.ok) throw new Error(result.message);
  const { journey } = result;

  it('reads the stages and lanes in board order, with their kinds', () => {
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'First box', 'Renew']);
    expect(journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Doing', 'touchpoints'],
      ['Thinking', 'thoughts'],
      ['Pains', 'pain-points'],
      ['Ideas', 'opportunities'],
    ]);
  });

  it('places every sticky in its cell with its valence and tags', () => {
    expect(noteRows(result)).toEqual({
      'cs-1': ['Discover', 'Doing', 'Sees an Instagram ad', 1],
      'cs-2': ['Sign up', 'Doing', 'Checkout asks for an account first', -1],
      'cs-3': ['Sign up', 'Pains', 'Forced account creation', null],
      'cs-4': ['Sign up', 'Ideas', 'Guest checkout', null],
      'cs-5': ['First box', 'Doing', 'Box arrives with a handwritten note', 2],
      'cs-6': ['Renew', 'Thinking', 'Is it worth the price?', null],
    });
    const first = journey.notes.find((note) => note.id === 'cs-1');
    expect([first?.channel, first?.owner, first?.evidence]).toEqual(['social', 'marketing', null]);
  });

  it('reads the persona from the header text, and nothing is a stray', () => {
    expect(journey.persona).toEqual({ name: 'Sam', description: 'remote worker who drinks three cups a day', goals: [], motivations: [], frustrations: [] });
    expect(result.placement.strayItemIds).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('hand-made maps in other styles', () => {
  it('text labels of uneven size, wobbly headers, tags in any case, a connector, an image, a second frame, an item off the frame', () => {
    const result = readFixture('text-labels-clutter');
    expect(result.frame).toEqual({ id: 'tl-frame', title: 'Onboarding — workshop 3' });
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Invite', 'First login', 'Set up team', 'First report', 'Renewal & billing']);
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'pain-points', 'opportunities']);
    expect(noteRows(result)).toEqual({
      'tl-1': ['Invite', 'Actions', 'Gets an invite email from her boss', 1],
      'tl-2': ['First login', 'Actions', 'Password rules rejected three times', -2],
      'tl-3': ['Set up team', 'Actions', 'Adds 12 people from a CSV', 2],
      'tl-4': ['First report', 'Actions', 'Report looks empty', -1],
      'tl-5': ['First login', 'Thoughts & feelings', '"Why do I need another password?"', -2],
      'tl-6': ['First login', 'Pain points', 'Password rules are not shown up front', null],
      'tl-7': ['First login', 'Opportunities', 'Show the rules <before> typing', null],
      'tl-8': ['First report', 'Opportunities', 'Sample data in the first report', null],
    });
    const [invite, login] = result.journey.notes;
    expect(invite).toMatchObject({ channel: 'email', owner: 'customer success', evidence: 'interviews', momentOfTruth: false });
    expect(login).toMatchObject({ channel: 'App', momentOfTruth: true });
    expect(result.placement.strayItemIds).toEqual(['tl-park']);
    expect(result.journey.persona).toEqual({
      name: 'Priya (34)',
      description: 'team lead at a logistics firm',
      goals: ['Get her team set up in a day', 'No training needed'],
      motivations: [],
      frustrations: ['too many emails', 'unclear pricing'],
    });
    expect(result.journey.objectives).toEqual(['Find the slowest step', 'Agree owners', 'Pick two fixes', 'Plan research']);
    expect(result.journey.review).toEqual({ lastReviewed: '2026-03-01', cadence: 'quarterly' });
    expect(result.warnings).toEqual(['sticky tl-park: in the frame but in no cell of the map; not read as a note']);
  });

  it('a large map: colour-blind legend, a corner label, a drawn emotion curve that is not read as notes', () => {
    const result = readFixture('large-colour-blind');
    expect(result.journey.kind).toBe('future-state');
    expect(result.journey.palette).toBe('colour-blind');
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Need', 'Search', 'Compare', 'Book', 'Wait', 'Travel', 'Stay', 'Return']);
    expect(result.journey.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Thinking', 'Emotions', 'Pains', 'Ideas', 'Channels']);
    expect(result.journey.notes).toHaveLength(60);
    expect(result.journey.notes.every((note) => note.laneId !== 'lg-l2')).toBe(true);
    const rows = noteRows(result);
    // yellow is −1, light_blue +1, dark_blue +2 in the colour-blind palette.
    expect(rows['lg-0-1-0']).toEqual(['Need', 'Thinking', 'Note 0.1.0', -1]);
    expect(rows['lg-0-3-0']).toEqual(['Need', 'Pains', 'Note 0.3.0', 1]);
    expect(rows['lg-0-3-1']).toEqual(['Need', 'Pains', 'Note 0.3.1', 2]);
    expect(rows['lg-7-4-2']).toEqual(['Return', 'Ideas', 'Note 7.4.2', -1]);
    expect(result.placement.strayItemIds).toEqual([]);
  });

  it('the smallest map: two text titles, one lane, a colour that overrules the marker (reported as a conflict)', () => {
    const result = readFixture('tiny');
    expect(noteRows(result)).toEqual({ 'tn-1': ['Before', 'Touchpoints', 'Waits on hold', 2], 'tn-2': ['After', 'Touchpoints', 'Call back offered', null] });
    expect(result.placement.valenceConflicts).toEqual([{ noteId: 'tn-1', marker: -1, colour: 2, color: 'green' }]);
  });

  it('a service blueprint known by its lanes', () => {
    const result = readFixture('blueprint-by-hand');
    expect(result.journey.kind).toBe('service-blueprint');
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'frontstage', 'backstage', 'support']);
    expect(result.journey.persona).toMatchObject({ name: 'Leo', goals: ['be quick'], frustrations: ['queues'] });
    expect(Object.keys(noteRows(result))).toHaveLength(8);
  });

  it('unreadable bits become warnings, never a crash', () => {
    const { warnings: parseWarnings } = loadFixture('messy');
    expect(parseWarnings).toHaveLength(1);
    expect(parseWarnings[0]).toMatch(/^item 9 \(id ms-bad, sticky_note\): skipped/);
    const result = readFixture('messy');
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Request', 'Ship back', 'Refund']);
    expect(noteRows(result)).toEqual({
      'ms-1': ['Request', 'Touchpoints', 'Fills the returns form', null],
      'ms-2': ['Ship back', 'Touchpoints', 'Label printed at home', 1],
      'ms-3': ['Refund', 'Touchpoints', 'Refund takes 14 days', -2],
      'ms-4': ['Ship back', 'Pain points', 'No printer at home', null],
    });
    expect(result.placement.strayItemIds).toEqual(['ms-margin', 'ms-above']);
    expect(result.warnings).toEqual([
      'sticky ms-1: colour "unknown" is not a sticky colour this app knows; read as unrated',
      'sticky ms-2: tag t-missing is not on the board; ignored',
      'sticky ms-margin: in the frame but in no cell of the map; not read as a note',
      'sticky ms-above: in the frame but in no cell of the map; not read as a note',
    ]);
  });
});

describe('which frame', () => {
  const { snapshot } = loadFixture('two-maps');

  it('asks when two frames hold a map', () => {
    expect(readJourney(snapshot)).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: [
        { id: 'a-frame', title: 'Map A' },
        { id: 'b-frame', title: 'Map B' },
      ],
      message: '2 frames hold a journey map (a-frame "Map A", b-frame "Map B"): select one, or pass its id',
    });
  });

  it('reads the selected frame, or the frame of a selected item, or the one named', () => {
    expect(readJourney(snapshot, { selectedIds: ['b-frame'] })).toMatchObject({ ok: true, frame: { id: 'b-frame' } });
    expect(readJourney(snapshot, { selectedIds: ['a-frame-s'] })).toMatchObject({ ok: true, frame: { id: 'a-frame' } });
    expect(readJourney(snapshot, { frameId: 'b-frame', selectedIds: ['a-frame-s'] })).toMatchObject({ ok: true, frame: { id: 'b-frame' } });
  });

  it('says which frames it could have meant', () => {
    expect(readJourney(snapshot, { selectedIds: ['a-frame-s', 'b-frame-s'] })).toMatchObject({ ok: false, reason: 'ambiguous', candidates: [{ id: 'a-frame' }, { id: 'b-frame' }] });
    expect(readJourney(snapshot, { frameId: 'nope' })).toEqual({
      ok: false,
      reason: 'not-found',
      candidates: [
        { id: 'a-frame', title: 'Map A' },
        { id: 'b-frame', title: 'Map B' },
      ],
      message: 'no frame has id "nope"; journey frames: a-frame "Map A", b-frame "Map B"',
    });
  });

  it('reads a chosen frame that holds no map as an empty journey, with a warning, its stickies unplaced', () => {
    const result = readJourney(loadFixture('no-map').snapshot, { frameId: 'nm-frame' });
    if (!result.ok) throw new Error(result.message);
    expect([result.journey.stages, result.journey.lanes, result.journey.notes]).toEqual([[], [], []]);
    expect(result.placement.strayItemIds).toEqual(['nm-1', 'nm-2']);
    expect(result.warnings).toEqual(['frame nm-frame: no header row of stage titles with lane labels to their left; no sticky could be placed']);
  });

  it('counts a frame the app marked as a journey frame, whatever it holds; a mark of another app or shape does not count', () => {
    const noMap = loadFixture('no-map').snapshot;
    const marked = (hint: BoardSnapshot['metadata'][string][string]) => readJourney({ ...noMap, metadata: { 'nm-frame': { journeyMap: hint } } });
    expect(marked({ app: 'journey-map', v: 1 })).toMatchObject({ ok: true, frame: { id: 'nm-frame' } });
    for (const hint of [{ app: 'other-app' }, ['journey-map'], 'journey-map', null]) expect(marked(hint)).toMatchObject({ ok: false, reason: 'no-frame' });
  });

  it('says when no frame holds a map', () => {
    expect(readJourney(loadFixture('no-map').snapshot)).toEqual({
      ok: false,
      reason: 'no-frame',
      candidates: [],
      message: 'the only frame holds no journey map (a header row of stage titles above a column of lane labels)',
    });
    expect(readJourney({ version: 1, items: [], metadata: {} })).toMatchObject({ ok: false, reason: 'no-frame', message: 'the board has no frame' });
    const noMap = loadFixture('no-map').snapshot;
    const twoFrames = { ...noMap, items: [...noMap.items, ...noMap.items.filter(isFrame).map((frame) => ({ ...frame, id: 'nm-frame-2', x: frame.x + 5000, childrenIds: [] }))] };
    expect(readJourney(twoFrames)).toMatchObject({ ok: false, reason: 'no-frame', message: 'none of the 2 frames holds a journey map (a header row of stage titles above a column of lane labels)' });
  });
});

describe('a workshop wall titled with stickies', () => {
  it('takes the sticky titles as stages and lanes and the corner sticky as the persona, not as notes', () => {
    const result = readFixture('sticky-titles');
    expect(result.journey.stages.map((stage) => [stage.id, stage.name])).toEqual([
      ['st-h0', 'Arrive'],
      ['st-h1', 'Check in'],
      ['st-h2', 'Room'],
    ]);
    expect(result.journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Doing', 'touchpoints'],
      ['Pains', 'pain-points'],
    ]);
    expect(noteRows(result)).toEqual({
      'st-1': ['Arrive', 'Doing', 'Finds parking', null],
      'st-2': ['Check in', 'Doing', 'Queue at the desk', -1],
      'st-3': ['Room', 'Doing', 'Key card works', 1],
      'st-4': ['Check in', 'Pains', 'Nobody at the desk', null],
    });
    expect(result.journey.persona).toEqual({ name: 'Ana', description: 'business traveller', goals: ['sleep early'], motivations: [], frustrations: ['queues'] });
    expect(result.placement.headerTextIds).toEqual(['st-persona']);
    expect(result.placement.strayItemIds).toEqual(['st-park']);
    expect(result.warnings).toEqual(['sticky st-park: in the frame but in no cell of the map; not read as a note']);
  });
});

describe('small titles over the middle of their columns and lanes', () => {
  it('puts stickies left of a title or above a label in that title\'s cell', () => {
    const result = readFixture('centred-titles');
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Call', 'Wait', 'Talk', 'Follow-up']);
    expect(result.journey.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Feeling', 'Ideas']);
    const rows = noteRows(result);
    expect(Object.keys(rows)).toHaveLength(24);
    for (const [id, [stage, lane]] of Object.entries(rows)) {
      const [i, j] = (/^ct-(\d)-(\d)/.exec(id) ?? []).slice(1).map(Number) as [number, number];
      expect([id, stage, lane]).toEqual([id, result.journey.stages[i]?.name, result.journey.lanes[j]?.name]);
    }
    expect(result.placement.strayItemIds).toEqual([]);
  });
});
