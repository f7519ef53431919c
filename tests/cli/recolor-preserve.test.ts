// `recolor` writes back exactly what it read, except the fields the recolour
// changes: duplicate ids, partly readable stickies, odd metadata, unknown
// top-level keys (even `__proto__`) and their order survive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from './fake-io.ts';

const frame = { id: 'f1', type: 'frame', title: 'Workshop', x: 0, y: 0, width: 4000, height: 2000 };
const sticky = (id: string, fields: Record<string, unknown>) => ({ id, type: 'sticky_note', parentId: 'f1', x: 150, y: 150, width: 199, height: 228, content: '<p>😡 Charged twice</p>', style: { fillColor: 'light_yellow' }, ...fields });

async function recolor(data: unknown): Promise<{ written: { items: Record<string, unknown>[]; [key: string]: unknown }; text: string; err: string }> {
  const run = fakeIO({ 'in.json': typeof data === 'string' ? data : JSON.stringify(data, null, 2) });
  expect(await main(['recolor', 'in.json'], run.io)).toBe(0);
  return { written: JSON.parse(run.out()) as { items: Record<string, unknown>[] }, text: run.out(), err: run.err() };
}

describe('journey-map recolor keeps what it does not change', () => {
  it.each([
    ['before', 0],
    ['after', 1],
  ])('an unreadable item sharing its id with a readable one (%s it) stays exactly as it was', async (_, at) => {
    const unreadable = { id: 's1', type: 'sticky_note', x: 'ten', content: '<p>keep this text</p>' };
    const readable = sticky('s1', { x: 300 });
    const items = at === 0 ? [frame, unreadable, readable] : [frame, readable, unreadable];
    const { written } = await recolor({ version: 1, items });
    expect(written.items).toHaveLength(3);
    expect(written.items).toContainEqual(unreadable);
    expect(written.items.filter((item) => (item.style as { fillColor?: string } | undefined)?.fillColor === 'red')).toEqual([{ ...readable, style: { fillColor: 'red' } }]);
  });

  it('changes only the fill colour of a partly readable sticky', async () => {
    const odd = [
      sticky('a', { tagIds: [1, 't1'] }),
      sticky('b', { shape: 'circle' }),
      sticky('c', { style: { fillColor: 5, textAlign: 'left', fontSize: 14 } }),
      sticky('d', { content: null, tagIds: ['t2'] }),
    ];
    const tags = [
      { id: 't1', type: 'tag', title: 'channel: web' },
      { id: 't2', type: 'tag', title: 'emotion: very negative' },
    ];
    const { written } = await recolor({ version: 1, items: [frame, ...odd, ...tags] });
    expect(written.items).toEqual([
      frame,
      { ...odd[0], style: { fillColor: 'red' } },
      { ...odd[1], style: { fillColor: 'red' } },
      { ...odd[2], style: { fillColor: 'red', textAlign: 'left', fontSize: 14 } },
      { ...odd[3], style: { fillColor: 'red' } },
      ...tags,
    ]);
  });

  it('keeps metadata of any shape, unknown top-level keys (even __proto__) and their order', async () => {
    const text = `{\n  "extra": {"keep": true},\n  "metadata": [1, 2, 3],\n  "__proto__": {"polluted": 1},\n  "items": ${JSON.stringify([frame, sticky('s1', {})])},\n  "version": 1\n}\n`;
    const { written, text: out } = await recolor(text);
    expect(Object.keys(written)).toEqual(['extra', 'metadata', '__proto__', 'items', 'version']);
    expect(written.metadata).toEqual([1, 2, 3]);
    expect(Object.getOwnPropertyDescriptor(written, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(out).toContain('"fillColor": "red"');
  });
});

describe('journey-map export -o', () => {
  it('refuses to overwrite its own input, exit 2', async () => {
    const input = readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8');
    const run = fakeIO({ 'in.json': input });
    expect(await main(['export', 'in.json', '--format', 'md', '-o', './in.json'], run.io)).toBe(2);
    expect(run.err()).toBe('journey-map export: -o ./in.json is the input file; write the output to another file\n');
    expect(run.written['in.json']).toBe(input);
  });

});
