// `journey-map check`: formats, exit codes, one-line failures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO as fakeFiles } from './fake-io.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

const fakeIO = (files: Record<string, string> = {}) => fakeFiles(files, (path) => readFileSync(join(FIXTURES, path), 'utf8'));

const COFFEE = 'board-handmade-coffee.json';

describe('journey-map check', () => {
  it('prints the JSON shape of the issue and exits 1 on an error-level finding', async () => {
    const run = fakeIO();
    expect(await main(['check', COFFEE, '--format', 'json', '--today', '2026-11-22'], run.io)).toBe(1);
    const report = JSON.parse(run.out());
    expect(Object.keys(report)).toEqual(['frame', 'journey', 'findings', 'warnings', 'score', 'losses']);
    expect(report.frame).toEqual({ id: 'cs-frame', title: 'Coffee subscription (hand-made)' });
    expect(Object.keys(report.journey)).toEqual(['kind', 'title', 'persona', 'objectives', 'review', 'stages', 'lanes', 'notes']);
    expect(report.journey.stages).toEqual([
      { id: 'cs-h0', name: 'Discover' },
      { id: 'cs-h1', name: 'Sign up' },
      { id: 'cs-h2', name: 'First box' },
      { id: 'cs-h3', name: 'Renew' },
    ]);
    expect(report.journey.lanes[0]).toEqual({ id: 'cs-l0', name: 'Doing', kind: 'touchpoints' });
    expect(report.journey.notes[0]).toEqual({ id: 'cs-1', stageId: 'cs-h0', laneId: 'cs-l0', text: 'Sees an Instagram ad', valence: 1, channel: 'social', owner: 'marketing', evidence: null });
    expect(report.findings[0]).toEqual({ rule: 'stage-without-touchpoints', group: 'completeness', severity: 'error', message: 'Stage "Renew" has no touchpoint', stageId: 'cs-h3', laneId: 'cs-l0', itemIds: ['cs-h3'] });
    expect(report.score).toBe(65);
    expect(report.losses[0]).toEqual({ rule: 'persona-incomplete', title: 'Incomplete persona', lost: 10, failed: 1, of: 1 });
    expect(run.err()).toBe('');
  });

  it('prints the score and why, then one group per rule with its count and findings named by text and stage', async () => {
    const run = fakeIO();
    expect(await main(['check', COFFEE, '--today', '2026-11-22'], run.io)).toBe(1);
    const lines = run.out().split('\n');
    expect(lines.slice(0, 3)).toEqual(['Coffee subscription (hand-made) (cs-frame): completeness 65/100', '4 stages, 4 lanes, 6 notes · 1 error, 8 warnings, 4 info · 2 insights', '  Incomplete persona: 1 of 1 (−10)']);
    expect(lines).toContain('ERROR   stage-without-touchpoints: 1 stage has no touchpoint');
    expect(lines).toContain('WARNING missing-owner: 3 touchpoints and opportunities have no owner');
    expect(lines).toContain('        "Guest checkout" in "Sign up" has no owner tag');
    expect(lines.slice(lines.indexOf('What the map says about the customer:'))).toEqual([
      'What the map says about the customer:',
      'INSIGHT emotional-drop: The mood drops sharply once',
      '        Mood drops from +1 in "Discover" to −1 in "Sign up" — "Checkout asks for an account first" in "Sign up"',
      'INSIGHT lowest-point: The lowest point of the journey',
      '        "Sign up" is the lowest point of the journey (average -1) — "Checkout asks for an account first" in "Sign up"',
      '',
    ]);
    // Items are named by text and stage, never by a raw id.
    expect(run.out()).not.toMatch(/\bcs-\d\b/);
  });

  it('exits 0 when nothing is at error level, in text and md', async () => {
    const board = JSON.parse(readFileSync(join(FIXTURES, COFFEE), 'utf8'));
    // A touchpoint for Renew clears the only error.
    board.items.push({ id: 'cs-7', type: 'sticky_note', parentId: 'cs-frame', x: 1730, y: 430, width: 160, height: 183, content: '<p>Renews</p>', style: { fillColor: 'light_green' } });
    const run = fakeIO({ 'fixed.json': JSON.stringify(board) });
    expect(await main(['check', 'fixed.json', '--today', '2026-11-22'], run.io)).toBe(0);
    expect(run.out().split('\n')[0]).toMatch(/^Coffee subscription \(hand-made\) \(cs-frame\): completeness \d+\/100$/);
    const md = fakeIO({ 'fixed.json': JSON.stringify(board) });
    expect(await main(['check', 'fixed.json', '--format', 'md'], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Gap check: Coffee subscription \(hand-made\)\n\nMap completeness: \*\*\d+\/100\*\* · 0 errors, /);
  });

  it('lists the candidate frames and exits 2 when several frames hold a map; --frame picks one', async () => {
    const run = fakeIO();
    expect(await main(['check', 'readback/two-maps.json'], run.io)).toBe(2);
    expect(run.err()).toBe('journey-map check: 2 frames hold a journey map; pass --frame with one of: a-frame "Map A", b-frame "Map B"\n');
    expect(run.out()).toBe('');
    expect(await main(['check', 'readback/two-maps.json', '--frame', 'a-frame'], fakeIO().io)).toBe(1);
  });

  it.each([
    [['check'], 'journey-map check: missing <snapshot.json> or --board ID; see journey-map check --help\n'],
    [['check', 'x.json', '--format', 'yaml'], 'journey-map check: unknown format "yaml": use text, json, md\n'],
    [['check', 'x.json', '--today', '2026-02-30'], 'journey-map check: --today: expected a date as YYYY-MM-DD, got "2026-02-30"\n'],
    [['check', 'x.json', '--frame'], 'journey-map check: --frame needs a value\n'],
    [['check', 'x.json', '--colour'], 'journey-map check: unknown option --colour; see journey-map check --help\n'],
    [['check', 'bad.json'], 'journey-map check: bad.json: not a board snapshot (version: Invalid input: expected 1)\n'],
    [['check', 'empty.json'], 'journey-map check: the board has no frame\n'],
    [['check', 'readback/two-maps.json', '--frame', 'zzz'], 'journey-map check: no frame has id "zzz"; journey frames: a-frame "Map A", b-frame "Map B"\n'],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const run = fakeIO({ 'bad.json': '{"version":2,"items":[]}', 'empty.json': '{"version":1,"items":[]}' });
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toBe(message);
  });
});
