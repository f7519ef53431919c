// The sample journey as the app inserted it, then edited by hand in each way
// Miro allows (fixtures from make-inserted-fixtures.ts): readback follows the edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJourney } from '../../src/analysis/registry.ts';
import { FIXTURES, noteRows, readFixture } from './fixture.ts';

const ids: Record<string, string> = JSON.parse(readFileSync(join(FIXTURES, 'inserted-ids.json'), 'utf8'));
const id = (key: string): string => ids[key] ?? key;

const ORIGINAL = {
  [id('note:n1')]: ['Discover', 'Touchpoints', "Sees a friend's post", 1],
  [id('note:n2')]: ['Sign up', 'Touchpoints', 'Fills in a long form', -1],
  [id('note:n3')]: ['Sign up', 'Pain points', 'Too many fields & no guest checkout', null],
  [id('note:n4')]: ['Sign up', 'Opportunities', 'Sign up with email only', null],
  [id('note:n5')]: ['First box', 'Touchpoints', 'Box arrives <on time>', 2],
  [id('note:n6')]: ['First box', 'Thoughts', 'Will the next roast be as good?', null],
};

const read = (name: string) => readFixture(`inserted-${name}`);
const rulesOn = (name: string) => {
  const result = read(name);
  return checkJourney(result.journey, { today: '2026-11-22', strayItemIds: result.placement.strayItemIds }).map((finding) => `${finding.rule}@${finding.stageId ?? ''}`);
};

describe('an inserted map, as inserted', () => {
  it('reads back the sample journey with board ids', () => {
    const result = read('original');
    expect(result.frame.id).toBe(id('frame'));
    expect(result.journey.stages.map((stage) => [stage.id, stage.name])).toEqual([
      [id('stage:discover'), 'Discover'],
      [id('stage:sign-up'), 'Sign up'],
      [id('stage:first-box'), 'First box'],
    ]);
    expect(result.journey.lanes.map((lane) => lane.id)).toEqual([id('lane:doing'), id('lane:thinking'), id('lane:pains'), id('lane:ideas')]);
    expect(noteRows(result)).toEqual(ORIGINAL);
    expect(result.journey.persona.name).toBe('Sam');
    expect(result.journey.review).toEqual({ lastReviewed: '2026-09-01', cadence: 'quarterly' });
    expect([...result.placement.headerTextIds].sort()).toEqual([id('persona'), id('objectives'), id('review')].sort());
    expect(result.warnings).toEqual([]);
  });
});

describe('after a human edit', () => {
  it('a sticky moved to another stage belongs to that stage, and its old stage is now empty', () => {
    expect(noteRows(read('moved'))).toEqual({ ...ORIGINAL, [id('note:n1')]: ['First box', 'Touchpoints', "Sees a friend's post", 1] });
    expect(rulesOn('moved')).toContain(`stage-without-touchpoints@${id('stage:discover')}`);
  });

  it('a recoloured sticky reads as its new colour, marked or not; a marked one is a valence conflict', () => {
    const result = read('recoloured');
    const rows = noteRows(result);
    expect(rows[id('note:n5')]).toEqual(['First box', 'Touchpoints', 'Box arrives <on time>', -2]);
    expect(rows[id('note:n6')]).toEqual(['First box', 'Thoughts', 'Will the next roast be as good?', -1]);
    const findings = checkJourney(result.journey, { today: '2026-11-22', valenceConflicts: result.placement.valenceConflicts }).filter((finding) => finding.rule === 'valence-conflict');
    expect(findings).toEqual([
      { rule: 'valence-conflict', severity: 'warning', message: '"Box arrives <on time>": marker says 😍 +2, colour says red −2', stageId: id('stage:first-box'), laneId: id('lane:doing'), itemIds: [id('note:n5')] },
    ]);
  });

  it('a deleted opportunity leaves the negative touchpoint unanswered', () => {
    const rows = noteRows(read('deleted'));
    expect(rows[id('note:n4')]).toBeUndefined();
    expect(Object.keys(rows)).toHaveLength(5);
    expect(rulesOn('deleted')).toContain(`negative-without-opportunity@${id('stage:sign-up')}`);
  });

  it('a sticky added by hand is read in its cell, with its colour', () => {
    const result = read('added');
    const added = result.journey.notes.filter((note) => !Object.keys(ORIGINAL).includes(note.id));
    expect(added.map((note) => noteRows(result)[note.id])).toEqual([['First box', 'Opportunities', 'Free sample in the box', 1]]);
  });

  it('a renamed stage header renames the stage', () => {
    expect(read('renamed').journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Register', 'First box']);
  });

  it('a stage column added at the end is a new, empty stage', () => {
    const result = read('stage-added');
    expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'First box', 'Renew']);
    expect(noteRows(result)).toEqual(ORIGINAL);
    expect(rulesOn('stage-added')).toContain(`stage-without-touchpoints@${result.journey.stages[3]?.id}`);
  });

  it('a resized frame changes nothing', () => {
    expect(noteRows(read('resized'))).toEqual(ORIGINAL);
    expect(read('resized').placement.strayItemIds).toEqual([]);
  });

  it('reordered lanes are read in their new order, every sticky still in its lane', () => {
    const result = read('lanes-reordered');
    expect(result.journey.lanes.map((lane) => lane.name)).toEqual(['Touchpoints', 'Pain points', 'Thoughts', 'Opportunities']);
    expect(noteRows(result)).toEqual(ORIGINAL);
  });
});
