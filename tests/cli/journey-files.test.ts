// Files both ways: `template --from` lays an imported journey (JSON or CSV)
// out as the Insert tab would; `check` and `export` read the journey JSON the
// panel downloads as well as a snapshot, and say so.
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { main } from '../../src/cli/main.ts';
import { journeyJson } from '../../src/io/export-json.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { draftReducer } from '../../src/panel/insert/draft.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { fakeIO } from './fake-io.ts';

const TODAY = ['--today', '2026-11-29'];

async function run(args: string[], files: Record<string, string>) {
  const fake = fakeIO(files);
  const code = await main(args, fake.io);
  return { code, out: fake.out(), err: fake.err(), written: fake.written };
}

/** A preset inserted, and the journey JSON and notes CSV the panel's downloads make of it. */
async function presetFiles(preset: string) {
  const files: Record<string, string> = {};
  expect((await run(['template', preset, '-o', 'board.json'], files)).code).toBe(0);
  expect((await run(['export', 'board.json', '--format', 'json', '-o', 'journey.json', ...TODAY], files)).code).toBe(0);
  expect((await run(['export', 'board.json', '--format', 'csv', '-o', 'notes.csv', ...TODAY], files)).code).toBe(0);
  return files;
}

describe('template --from', () => {
  it.each(['e-commerce', 'service-blueprint'])('%s: the journey JSON, laid out again, reads back as the same journey', async (preset) => {
    const files = await presetFiles(preset);
    const laidOut = await run(['template', '--from', 'journey.json', '-o', 'again.json'], files);
    expect(laidOut).toMatchObject({ code: 0, out: '', err: '' });
    await run(['export', 'again.json', '--format', 'json', '-o', 'journey-again.json', ...TODAY], files);
    expect(JSON.parse(files['journey-again.json'] ?? '')).toEqual(JSON.parse(files['journey.json'] ?? ''));
  });

  it('lays a journey out as the Insert tab inserts it after importing it (stages listed out of order, order numbers with gaps)', async () => {
    const preset = presetJourney('b2b-saas');
    if (preset === undefined) throw new Error('no preset');
    const imported = { ...preset, stages: preset.stages.map((stage) => ({ ...stage, order: 10 * (preset.stages.length - stage.order) })) };
    const result = await run(['template', '--from', 'imported.json'], { 'imported.json': journeyJson(imported) });
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(draftReducer(preset, { type: 'reset', journey: imported })));
    expect(JSON.parse(result.out)).toEqual(board.toSnapshot());
  });

  it('the notes CSV, laid out, reads back as the same notes', async () => {
    const files = await presetFiles('b2b-saas');
    expect((await run(['template', '--from', 'notes.csv', '-o', 'from-csv.json'], files)).code).toBe(0);
    const csv = await run(['export', 'from-csv.json', '--format', 'csv', ...TODAY], files);
    // The CSV import orders lanes as they first appear, so the rows come back in another order.
    const rows = (text: string | undefined) => (text ?? '').split('\n').sort();
    expect(rows(csv.out)).toEqual(rows(files['notes.csv']));
  });

  it.each([
    [['template', '--from', 'bad.json'], 'journey-map template: bad.json: not a journey file (schemaVersion: this app reads version 1, the file is version 9)\n'],
    [['template', '--from', 'bad.csv'], 'journey-map template: bad.csv: not a journey CSV (row 1, column lane: missing; the header must name the columns stage, lane, text)\n'],
    [['template', '--from', 'missing.json'], "journey-map template: cannot read missing.json: ENOENT: no such file, open 'missing.json'\n"],
    [['template', 'blank', '--from', 'bad.json'], 'journey-map template: a preset or --from FILE, not both (got "blank" and --from bad.json)\n'],
    [['template', '--from'], 'journey-map template: --from needs a value\n'],
  ])('%j: one line, exit 2', async (args, line) => {
    const result = await run(args, { 'bad.json': '{"schemaVersion":9,"journey":{}}', 'bad.csv': 'stage,text\nA,b\n' });
    expect(result).toMatchObject({ code: 2, out: '', err: line });
  });
});

describe('check and export read a journey file', () => {
  it('check journey.json reports what check of its laid-out snapshot reports, and says it read a journey file', async () => {
    const files = await presetFiles('e-commerce');
    await run(['template', '--from', 'journey.json', '-o', 'again.json'], files);
    const fromJourney = await run(['check', 'journey.json', '--format', 'json', ...TODAY], files);
    const fromSnapshot = await run(['check', 'again.json', '--format', 'json', ...TODAY], files);
    expect(fromJourney.out).toBe(fromSnapshot.out);
    expect(fromJourney.code).toBe(fromSnapshot.code);
    expect(fromJourney.err).toBe('journey-map check: journey.json is a journey file, not a board snapshot; read as the Insert tab would lay it out\n');
    expect(fromSnapshot.err).toBe('');
  });

  it('export reads one too', async () => {
    const files = await presetFiles('blank');
    const exported = await run(['export', 'journey.json', '--format', 'mermaid', ...TODAY], files);
    expect(exported.code).toBe(0);
    expect(exported.out).toBe((await run(['export', 'board.json', '--format', 'mermaid', ...TODAY], files)).out);
    expect(exported.err).toBe('journey-map export: journey.json is a journey file, not a board snapshot; read as the Insert tab would lay it out\n');
  });

  it('a broken journey file is one line, exit 2', async () => {
    const result = await run(['check', 'j.json'], { 'j.json': '{"schemaVersion":1,"journey":{"stages":3}}' });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^journey-map check: j\.json: not a journey file \(journey\.[^\n]+\)\n$/);
  });
});
