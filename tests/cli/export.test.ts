// `journey-map export`: each format, -o, and bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO as fakeFiles } from './fake-io.ts';
import { parseJourneyFile } from '../../src/model/journey-file.ts';
import { importJourneyCsv } from '../../src/io/import-csv.ts';

const COFFEE = join(import.meta.dirname, '../fixtures/board-handmade-coffee.json');

const fakeIO = () => fakeFiles({}, (path) => readFileSync(path, 'utf8'));

describe('journey-map export', () => {
  it('json: the versioned journey file, which parses back', async () => {
    const run = fakeIO();
    expect(await main(['export', COFFEE, '--format', 'json'], run.io)).toBe(0);
    const parsed = parseJourneyFile(run.out());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.value.notes.map((note) => note.id)).toEqual(['cs-1', 'cs-2', 'cs-3', 'cs-4', 'cs-5', 'cs-6']);
  });

  it('csv: one row per note, which the CSV import reads back', async () => {
    const run = fakeIO();
    expect(await main(['export', COFFEE, '--format', 'csv', '-o', 'notes.csv'], run.io)).toBe(0);
    const csv = run.written['notes.csv'] ?? '';
    expect(csv.split('\n')[0]).toBe('stage,lane,text,valence,channel,owner,evidence,moment_of_truth');
    // The coffee map has lanes without notes: rows without text name every stage and lane first, in order.
    expect(csv.split('\n').find((line) => line.includes('Instagram'))).toBe('Discover,Doing,Sees an Instagram ad,1,social,marketing,,');
    const imported = await importJourneyCsv(csv);
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    expect(imported.value.notes.map((note) => [note.text, note.valence])).toEqual([
      ['Sees an Instagram ad', 1],
      ['Checkout asks for an account first', -1],
      ['Forced account creation', null],
      ['Guest checkout', null],
      ['Box arrives with a handwritten note', 2],
      ['Is it worth the price?', null],
    ]);
  });

  it('md: the gap report; mermaid: a journey diagram', async () => {
    const md = fakeIO();
    expect(await main(['export', COFFEE, '--format', 'md'], md.io)).toBe(0);
    expect(md.out()).toContain('## Errors');
    const mermaid = fakeIO();
    expect(await main(['export', COFFEE, '--format', 'mermaid'], mermaid.io)).toBe(0);
    expect(mermaid.out()).toBe(
      ['journey', '  title Coffee subscription (hand-made)', '  section Discover', '    Sees an Instagram ad: 4: Sam', '  section Sign up', '    Checkout asks for an account first: 2: Sam', '  section First box', '    Box arrives with a handwritten note: 5: Sam', '  section Renew', ''].join('\n'),
    );
  });

  it('needs a known --format', async () => {
    const run = fakeIO();
    expect(await main(['export', COFFEE], run.io)).toBe(2);
    expect(run.err()).toBe('journey-map export: --format is required: json, csv, md, mermaid\n');
  });
});
