// `journey-map template`: the snapshot of a preset inserted into an empty board.
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { writePlan } from '../../src/board/writer.ts';
import { main } from '../../src/cli/main.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { fakeIO } from './fake-io.ts';


async function expectedSnapshot(preset: string, kind?: 'day-in-the-life') {
  const journey = presetJourney(preset, kind);
  if (journey === undefined) throw new Error(`no preset ${preset}`);
  const board = new MemoryBoard();
  await writePlan(board, layoutJourney(journey));
  return board.toSnapshot();
}

describe('journey-map template', () => {
  it('prints the snapshot the writer makes on an empty board', async () => {
    const run = fakeIO();
    expect(await main(['template', 'e-commerce'], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toEqual(await expectedSnapshot('e-commerce'));
    const parsed = parseSnapshotText(run.out());
    expect(parsed.ok ? parsed.warnings : [parsed.error]).toEqual([]);
    expect(run.err()).toBe('');
  });

  it('writes the file given with -o, as the kind given with --kind', async () => {
    const run = fakeIO();
    expect(await main(['template', 'b2b-saas', '--kind', 'day-in-the-life', '-o', 'out.json'], run.io)).toBe(0);
    expect(run.out()).toBe('');
    expect(JSON.parse(run.written['out.json'] ?? '')).toEqual(await expectedSnapshot('b2b-saas', 'day-in-the-life'));
  });

  it('lists presets and kinds in --help', async () => {
    const run = fakeIO();
    expect(await main(['template', '--help'], run.io)).toBe(0);
    for (const word of ['blank', 'b2b-saas', 'e-commerce', 'service-blueprint', 'current-state', 'day-in-the-life']) expect(run.out()).toContain(word);
  });

  it.each([
    [['template', 'nope'], 'journey-map template: unknown preset "nope"; presets: blank, b2b-saas, e-commerce, service-blueprint\n'],
    [['template', 'blank', '--kind', 'sideways'], 'journey-map template: unknown kind "sideways"; kinds: current-state, future-state, day-in-the-life, service-blueprint\n'],
    [['template'], 'journey-map template: expected one preset (blank, b2b-saas, e-commerce, service-blueprint) or --from FILE, got 0\n'],
    [['template', 'blank', '-o'], 'journey-map template: -o needs a value\n'],
    [['template', 'blank', '--fast'], 'journey-map template: unknown option "--fast"; see journey-map template --help\n'],
  ])('%j → exit 2 with one line', async (args, line) => {
    const run = fakeIO();
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toBe(line);
    expect(run.out()).toBe('');
  });
});
