// The demo's small parts: URL options, snapshot file wording, click selection, colours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeSnapshot, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { hexColor, stickyHex, textColorOn } from '../../src/demo/colors.ts';
import { STICKY_HEX } from '../../src/model/sticky-hex.ts';
import { DEFAULT_LATENCY_MS, demoOptions } from '../../src/demo/options.ts';
import { describeLoad, SHOWN_WARNINGS, tooLarge } from '../../src/demo/snapshot-file.ts';
import { readSnapshotFile } from '../../src/demo/snapshot-reader.ts';

/** A file as the page loads it (no Worker here: read in the page, a slice a task). */
const readSnapshotText = async (name: string, text: string) => describeLoad(name, await readSnapshotFile(new Blob([text])));
import { clickSelection, stepSelection } from '../../src/demo/usePanZoom.ts';
import { STICKY_COLORS } from '../../src/model/valence.ts';

describe('demoOptions', () => {
  it('reads ?latency= in whole milliseconds', () => {
    expect(demoOptions('')).toEqual({ latencyMs: DEFAULT_LATENCY_MS, warnings: [] });
    expect(demoOptions('?latency=0')).toEqual({ latencyMs: 0, warnings: [] });
    expect(demoOptions('?x=1&latency=250')).toEqual({ latencyMs: 250, warnings: [] });
  });

  it('ignores a bad value and says so', () => {
    expect(demoOptions('?latency=-5')).toEqual({ latencyMs: DEFAULT_LATENCY_MS, warnings: ['latency=-5 ignored: give whole milliseconds, 0 to 9999'] });
    expect(demoOptions('?latency=fast').warnings).toEqual(['latency=fast ignored: give whole milliseconds, 0 to 9999']);
  });
});

describe('loading a snapshot file', () => {
  const snapshot: BoardSnapshot = {
    version: 1,
    items: [
      { id: 's', type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content: '<p>Hi</p>', tagIds: ['t'] },
      { id: 't', type: 'tag', title: 'channel: web' },
    ],
    metadata: {},
  };

  it('summarises a good file, counting items but not tags', async () => {
    const outcome = await readSnapshotText('board.json', serializeSnapshot(snapshot));
    expect(outcome.ok && outcome.summary).toBe('Loaded board.json: 1 item, no warnings.');
    expect(outcome.ok && outcome.snapshot.items.map((item) => item.id)).toEqual(['s', 't']);
  });

  it('counts every warning and lists the first few', async () => {
    const broken = Array.from({ length: 5 }, (_, index) => ({ id: `b${index}`, type: 'sticky_note', x: 'left' }));
    const outcome = await readSnapshotText('b.json', JSON.stringify({ version: 1, items: [...snapshot.items, ...broken] }));
    expect(outcome.ok && outcome.summary).toBe('Loaded b.json: 1 item, 5 warnings.');
    expect(outcome.ok && outcome.warnings).toHaveLength(SHOWN_WARNINGS);
    expect(outcome.ok && outcome.warnings[0]).toMatch(/^item 2 \(id b0, sticky_note\): skipped, x: /);
  });

  it('explains a file it cannot use, and that the board is unchanged', async () => {
    expect(await readSnapshotText('x.json', '{"version": 2, "items": []}')).toEqual({
      ok: false,
      error: 'Could not load x.json: not a board snapshot (version: Invalid input: expected 1). The board is unchanged.',
    });
    const notJson = await readSnapshotText('y.json', 'hello');
    expect(!notJson.ok && notJson.error).toMatch(/^Could not load y\.json: not valid JSON: .+\. The board is unchanged\.$/);
  });

  it('refuses files over 20 MB before reading them', () => {
    expect(tooLarge('big.json', 20 * 1024 * 1024)).toBeUndefined();
    expect(tooLarge('big.json', 31 * 1024 * 1024)).toEqual({ ok: false, error: 'Could not load big.json: 31.0 MB is over the 20 MB limit. The board is unchanged.' });
  });
});

describe('clickSelection', () => {
  const ids = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e'), { maxLength: 5 });

  it('selects the clicked item alone, or nothing on the background', () => {
    fc.assert(
      fc.property(ids, fc.constantFrom('a', 'b', 'z'), (current, clicked) => {
        expect(clickSelection(current, clicked, false)).toEqual([clicked]);
        expect(clickSelection(current, undefined, false)).toEqual([]);
        expect(clickSelection(current, undefined, true)).toEqual(current);
      }),
    );
  });

  it('toggles with shift: twice is no change', () => {
    fc.assert(
      fc.property(ids, fc.constantFrom('a', 'b', 'z'), (current, clicked) => {
        const once = clickSelection(current, clicked, true);
        expect(once.includes(clicked)).toBe(!current.includes(clicked));
        expect([...clickSelection(once, clicked, true)].sort()).toEqual([...current].sort());
      }),
    );
  });
});

describe('colours', () => {
  it('paints all 16 sticky colours, each differently', () => {
    expect(Object.keys(STICKY_HEX).sort()).toEqual([...STICKY_COLORS].sort());
    expect(new Set(Object.values(STICKY_HEX)).size).toBe(16);
    for (const color of STICKY_COLORS) expect(hexColor(stickyHex(color))).toBe(STICKY_HEX[color]);
    expect(stickyHex('unknown')).toBe(STICKY_HEX.light_yellow);
  });

  it('puts light text on dark notes and dark text on light ones', () => {
    expect(textColorOn(STICKY_HEX.black)).toBe('#ffffff');
    expect(textColorOn(STICKY_HEX.dark_blue)).toBe('#ffffff');
    expect(textColorOn(STICKY_HEX.light_yellow)).toBe('#1a1a1a');
    expect(hexColor('red')).toBeUndefined();
    expect(hexColor('#ABCDEF')).toBe('#abcdef');
  });
});

describe('stepSelection', () => {
  const order = ['f', 'a', 'b', 'c'];

  it('walks forward and back through the items, wrapping around', () => {
    expect(stepSelection(order, [], 1)).toEqual(['f']);
    expect(stepSelection(order, [], -1)).toEqual(['c']);
    expect(stepSelection(order, ['a'], 1)).toEqual(['b']);
    expect(stepSelection(order, ['x', 'c'], 1)).toEqual(['f']);
    expect(stepSelection(order, ['f'], -1)).toEqual(['c']);
    expect(stepSelection([], ['a'], 1)).toEqual([]);
  });

  it('visits every item once in a full round, and back undoes forward', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (ids) => {
        let current: string[] = [];
        const seen: string[] = [];
        for (const _ of ids) {
          current = stepSelection(ids, current, 1);
          seen.push(...current);
        }
        expect(seen).toEqual(ids);
        expect(stepSelection(ids, stepSelection(ids, current, 1), -1)).toEqual(current);
      }),
    );
  });
});
