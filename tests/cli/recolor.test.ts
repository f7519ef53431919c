import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseSnapshotText, serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { WORKSHOP, workshopSnapshot } from '../emotion/boards.ts';
import { fakeIO } from './fake-io.ts';
import { boardWith } from '../readback/support.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { readJourney } from '../../src/readback/read-journey.ts';

function fillColors(text: string): Record<string, unknown> {
  const parsed = parseSnapshotText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return Object.fromEntries(parsed.snapshot.items.filter((item) => item.type === 'sticky_note').map((item) => [item.id, (item as { style?: { fillColor?: unknown } }).style?.fillColor]));
}

describe('journey-map recolor', () => {
  const input = serializeSnapshot(workshopSnapshot(WORKSHOP));

  it('writes the recoloured snapshot to stdout and a one-line summary to stderr', async () => {
    const { io, out, err } = fakeIO({ 'in.json': input });
    expect(await main(['recolor', 'in.json'], io)).toBe(0);
    expect(err()).toBe('Recoloured 8 stickies: 1 red, 2 orange, 1 gray, 1 light green, 2 green, 1 unchanged\nNo journey lanes found: every sticky is covered.\n');
    expect(fillColors(out())).toEqual({ s1: 'red', s2: 'orange', s3: 'gray', s4: 'light_green', s5: 'green', s6: 'orange', s7: 'green', s8: 'red' });
  });

  it('writes to -o, and a second run changes nothing', async () => {
    const { io, out, err, written } = fakeIO({ 'in.json': input });
    expect(await main(['recolor', 'in.json', '-o', 'out.json'], io)).toBe(0);
    expect(out()).toBe('');
    expect(await main(['recolor', 'out.json', '-o', 'again.json'], io)).toBe(0);
    expect(err().split('\n')[2]).toBe('Recoloured 8 stickies: 8 unchanged');
    expect(written['again.json']).toBe(written['out.json']);
  });

  it('keeps what it cannot read in the file it writes, exactly as it was, and says it was not recoloured', async () => {
    const data = JSON.parse(input) as { items: unknown[]; metadata: Record<string, unknown> };
    const broken = { id: 'broken', type: 'sticky_note', x: 'ten', content: '<p>😡 keep me</p>', custom: [1, 2] };
    data.items.push(broken);
    data.metadata = { ...data.metadata, 'not-an-item': 'a string, not an object' };
    const { io, out, err } = fakeIO({ 'in.json': JSON.stringify(data) });
    expect(await main(['recolor', 'in.json'], io)).toBe(0);
    const written = JSON.parse(out()) as { items: unknown[]; metadata: Record<string, unknown> };
    expect(written.items).toContainEqual(broken);
    expect(written.metadata['not-an-item']).toBe('a string, not an object');
    expect(fillColors(out())).toMatchObject({ s1: 'red', s5: 'green' });
    expect(err().split('\n')[0]).toMatch(/^journey-map recolor: warning: item 10 \(id broken, sticky_note\): skipped, x: .*; not recoloured$/);
  });

  it('--palette colour-blind colours in that palette', async () => {
    const { io, out, err } = fakeIO({ 'in.json': input });
    expect(await main(['recolor', 'in.json', '--palette', 'colour-blind'], io)).toBe(0);
    expect(fillColors(out())).toMatchObject({ s1: 'orange', s3: 'gray', s5: 'dark_blue', s8: 'orange' });
    expect(err()).toBe('Recoloured 8 stickies: 2 orange, 2 yellow, 1 gray, 1 light blue, 2 dark blue (palette switched from classic to colour-blind; no legend on the board records it)\nNo journey lanes found: every sticky is covered.\n');
  });

  it.each([
    [['recolor'], 'journey-map recolor: missing <snapshot.json>; see journey-map recolor --help\n'],
    [['recolor', 'in.json', '--palette', 'pink'], 'journey-map recolor: unknown palette "pink": use classic or colour-blind\n'],
    [['recolor', 'in.json', '--frame'], 'journey-map recolor: --frame needs a value\n'],
    [['recolor', 'in.json', '--bogus'], 'journey-map recolor: unknown option --bogus\n'],
    [['recolor', 'missing.json'], "journey-map recolor: cannot read missing.json: ENOENT: no such file, open 'missing.json'\n"],
    [['recolor', 'bad.json'], 'journey-map recolor: bad.json: not a board snapshot (version: Invalid input: expected 1)\n'],
    [['recolor', 'in.json', '--frame', 'nope'], 'journey-map recolor: Which frame? no frame has id "nope"; journey frames: f1 "Workshop".\n'],
  ])('%j fails with one line and exit 2', async (args, message) => {
    const { io, out, err } = fakeIO({ 'in.json': input, 'bad.json': '{"version": 2, "items": []}' });
    expect(await main(args, io)).toBe(2);
    expect(err()).toBe(message);
    expect(out()).toBe('');
  });

  describe('--scope', () => {
    /** A preset inserted as the app inserts it, and which lane each sticky is in. */
    async function presetBoard(id: string) {
      const journey = presetJourney(id);
      if (journey === undefined) throw new Error(id);
      const snapshot = (await boardWith(journey)).board.toSnapshot();
      const read = readJourney(snapshot);
      if (!read.ok) throw new Error(read.message);
      const kindOf = new Map(read.journey.notes.map((note) => [note.id, read.journey.lanes.find((lane) => lane.id === note.laneId)?.kind]));
      return { text: serializeSnapshot(snapshot), kindOf };
    }
    const categories = new Set(['pain-points', 'opportunities', 'thoughts', 'backstage', 'support']);

    it.each(['b2b-saas', 'e-commerce', 'service-blueprint'])('%s: every pain, idea, thought, backstage and support colour is kept, even with --recompute', async (id) => {
      const { text, kindOf } = await presetBoard(id);
      const before = fillColors(text);
      const { io, out, err } = fakeIO({ 'in.json': text });
      expect(await main(['recolor', 'in.json', '--recompute'], io)).toBe(0);
      const after = fillColors(out());
      const kept = Object.keys(before).filter((sticky) => categories.has(kindOf.get(sticky) ?? ''));
      expect(kept.length).toBeGreaterThan(5);
      for (const sticky of kept) expect(after[sticky], `${sticky} (${kindOf.get(sticky)})`).toBe(before[sticky]);
      expect(err()).toMatch(/\nCovers .*\. Left as they are: .*Pain points \(\d+\).*: their colours are categories, not emotions; pass --scope all to include them\.\n$/);
    });

    it('all widens the recolour to every lane', async () => {
      const { text, kindOf } = await presetBoard('b2b-saas');
      const before = fillColors(text);
      const { io, out } = fakeIO({ 'in.json': text });
      expect(await main(['recolor', 'in.json', '--recompute', '--scope', 'all'], io)).toBe(0);
      const after = fillColors(out());
      expect(Object.keys(before).some((sticky) => categories.has(kindOf.get(sticky) ?? '') && after[sticky] !== before[sticky])).toBe(true);
    });

    it('rejects an unknown scope', async () => {
      const { io, err } = fakeIO({ 'in.json': input });
      expect(await main(['recolor', 'in.json', '--scope', 'lanes'], io)).toBe(2);
      expect(err()).toBe('journey-map recolor: unknown scope "lanes": use touchpoints or all\n');
    });
  });
});
