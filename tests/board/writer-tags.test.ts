import { describe, expect, it } from 'vitest';
import { tagNeeds } from '../../src/board/writer-tags.ts';
import type { BoardPlan, PlanSticky } from '../../src/layout/plan.ts';

const sticky = (key: string, tagTitles: string[]): PlanSticky => ({
  type: 'sticky_note',
  kind: 'sticky',
  key,
  box: { x: 0, y: 0, width: 200, height: 229 },
  content: '<p>x</p>',
  style: { fillColor: 'light_yellow' },
  tagTitles,
  noteId: key,
  stageId: 's',
  laneId: 'l',
});

const plan = (...children: PlanSticky[]): BoardPlan => ({ frame: { title: 't', width: 1000, height: 1000 }, children });

describe('tagNeeds', () => {
  it('keeps 8 tags on a sticky and says which it dropped', () => {
    const titles = Array.from({ length: 10 }, (_, index) => `owner: team ${index}`);
    const needs = tagNeeds(plan(sticky('note:a', titles)), []);
    expect(needs.perSticky.get('note:a')).toEqual(titles.slice(0, 8));
    expect(needs.toCreate.map((tag) => tag.title)).toEqual(titles.slice(0, 8));
    expect(needs.warnings).toEqual(['note:a: kept 8 of 10 tags (a sticky holds at most 8); dropped "owner: team 8", "owner: team 9"']);
  });

  it('cuts a title longer than 120 characters, once, and says what was cut', () => {
    const long = `channel: ${'x'.repeat(111)}tail`;
    const needs = tagNeeds(plan(sticky('note:a', [long]), sticky('note:b', [long])), []);
    const cut = long.slice(0, 120);
    expect(needs.perSticky.get('note:a')).toEqual([cut]);
    expect(needs.perSticky.get('note:b')).toEqual([cut]);
    expect(needs.toCreate.map((tag) => tag.title)).toEqual([cut]);
    expect(needs.warnings).toEqual([`tag "${cut}…" cut to 120 characters (Miro's limit); the rest was: "tail"`]);
  });

  it('reuses tags by exact title, creates each missing one once, coloured by what it says', () => {
    const needs = tagNeeds(plan(sticky('note:a', ['channel: web', 'moment of truth']), sticky('note:b', ['channel: web', 'evidence: survey', 'Channel: Web'])), [
      { id: 't1', type: 'tag', title: 'channel: web', color: 'red', sync: async () => undefined },
    ]);
    expect([...needs.existing]).toEqual([['channel: web', 't1']]);
    expect(needs.toCreate).toEqual([
      { title: 'moment of truth', color: 'red' },
      { title: 'evidence: survey', color: 'dark_green' },
      { title: 'Channel: Web', color: 'gray' },
    ]);
    expect(needs.warnings).toEqual([]);
  });
});
