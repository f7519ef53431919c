import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { laneKindFromName } from '../../src/model/lane-kinds.ts';

const ok = async (text: string) => {
  const result = await importJourneyCsv(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};

describe('importJourneyCsv', () => {
  it('builds stages and lanes in first-seen order, lane kinds from their names, every field of a note', async () => {
    const journey = await ok(
      [
        'Stage,LANE,Text,Valence,Channel,Owner,Evidence,Moment of truth',
        'Sign up,Doing,Fills in the form,-1,web,product,interview,yes',
        'Discover,Doing,Sees an ad,+2,social,marketing,,',
        'Sign up,Ideas,Email only,,,product,,no',
        'Discover,Feelings,Curious,0,,,,',
      ].join('\n'),
    );
    expect(journey.stages).toEqual([
      { id: 'stage-1', name: 'Sign up', order: 0 },
      { id: 'stage-2', name: 'Discover', order: 1 },
    ]);
    expect(journey.lanes).toEqual([
      { id: 'lane-1', name: 'Doing', kind: 'touchpoints' },
      { id: 'lane-2', name: 'Ideas', kind: 'opportunities' },
      { id: 'lane-3', name: 'Feelings', kind: 'emotions' },
    ]);
    expect(journey.notes[0]).toEqual({ id: 'note-1', stageId: 'stage-1', laneId: 'lane-1', text: 'Fills in the form', valence: -1, channel: 'web', owner: 'product', evidence: 'interview', momentOfTruth: true });
    expect(journey.notes.map((note) => note.valence)).toEqual([-1, 2, null, 0]);
    expect(journey.kind).toBe('current-state');
  });

  it('makes a service blueprint of a file with backstage lanes', async () => {
    expect((await ok('stage,lane,text\nA,Frontstage,x\nA,Backstage,y\n')).kind).toBe('service-blueprint');
  });

  it('reports each bad cell as "row N, column C: reason" and returns no journey', async () => {
    const result = await importJourneyCsv('stage,lane,text,valence,moment_of_truth\nA,Doing,x,3,\n,Doing,y,,\nB,,z,,maybe\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        'row 2, column valence: expected a whole number from -2 to 2, or empty; got "3"',
        'row 3, column stage: empty; every row names its stage',
        'row 4, column lane: empty; every row names its lane',
        'row 4, column moment_of_truth: expected yes or no, or empty; got "maybe"',
      ],
    });
  });

  it('keeps row numbers of the file across blank lines and quoted newlines', async () => {
    const result = await importJourneyCsv('stage,lane,text,valence\n\nA,Doing,"two\nlines",1\nA,Doing,x,bad\n');
    expect(result).toEqual({ ok: false, errors: ['row 4, column valence: expected a whole number from -2 to 2, or empty; got "bad"'] });
  });

  it.each([
    ['stage,text\nA,x\n', 'row 1, column lane: missing; the header must name the columns stage, lane, text'],
    ['Stage,Lane,Text\n\n', 'row 2: the file has no rows after the header'],
    ['stage,lane,text\nA,B,"open\n', 'row 2: Quoted field unterminated'],
  ])('refuses %j with one error line', async (csv, error) => {
    expect(await importJourneyCsv(csv)).toEqual({ ok: false, errors: [error] });
  });

  it('refuses a file over 1 MB before parsing it', async () => {
    expect(await importJourneyCsv(`stage,lane,text\n${'A,B,C\n'.repeat(200_000)}`)).toEqual({ ok: false, errors: ['the file is 1.2 MB; the limit is 1 MB'] });
  });

  it('reads any valence written as a number from -2 to 2, with or without a sign', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -2, max: 2 }), fc.boolean(), async (level, plus) => {
        const cell = level > 0 && plus ? `+${level}` : String(level).replace('-', '−');
        const journey = await ok(`stage,lane,text,valence\nA,Doing,x,${cell}\n`);
        expect(journey.notes[0]?.valence).toBe(level);
      }),
    );
  });
});

describe('laneKindFromName', () => {
  it.each([
    ['Touchpoints', 'touchpoints'],
    ['Customer actions', 'touchpoints'],
    ['  ACTIVITIES: ', 'touchpoints'],
    ['Thoughts and feelings', 'thoughts'],
    ['Emotional journey', 'emotions'],
    ['Pain-points', 'pain-points'],
    ['Frustrations', 'pain-points'],
    ['Unmet needs', 'opportunities'],
    ['Improvements', 'opportunities'],
    ['Front stage', 'frontstage'],
    ['Backstage', 'backstage'],
    ['Support processes (people, processes, policies, technology)', 'support'],
    ['Support', 'support'],
    ['Quotes', 'other'],
  ])('%s → %s', (name, kind) => {
    expect(laneKindFromName(name)).toBe(kind);
  });
});
