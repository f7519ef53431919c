// The board snapshot parser (docs/architecture.md "Board snapshot"): unknown fields and
// item types are kept, a malformed item is skipped with a warning, and no
// input, however broken, makes it throw.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, parseSnapshotText, parseSnapshotTextInSlices, serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';
import { snapshotArbitrary } from '../support/snapshots.ts';

const sticky = (fields: Record<string, unknown> = {}) => ({ id: 's1', type: 'sticky_note', x: 10, y: 20, width: 199, height: 228, ...fields });

function warningsOf(data: unknown): string[] {
  const parsed = parseSnapshot(data);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.warnings;
}

describe('parseSnapshot keeps what it does not know', () => {
  it('keeps unknown fields on known items, and fills in defaults', () => {
    const parsed = parseSnapshot({ version: 1, items: [sticky({ rotation: 12, future: { a: [1] } })] });
    expect(parsed).toEqual({
      ok: true,
      warnings: [],
      snapshot: {
        version: 1,
        metadata: {},
        items: [{ id: 's1', type: 'sticky_note', shape: 'square', x: 10, y: 20, width: 199, height: 228, content: '', tagIds: [], rotation: 12, future: { a: [1] } }],
      },
    });
  });

  it('keeps items of unknown types as they are', () => {
    const image = { id: 'img', type: 'image', x: 'not checked', url: 'https://example.com/a.png', parentId: 'f' };
    const parsed = parseSnapshot({ version: 1, items: [image, { id: 'm', type: 'mindmap_node' }] });
    expect(parsed.ok && parsed.snapshot.items).toEqual([image, { id: 'm', type: 'mindmap_node' }]);
  });

  it('keeps unknown colours read from Miro, and huge but finite numbers', () => {
    const item = sticky({ x: 1e308, y: -1e308, style: { fillColor: 'unknown' } });
    const parsed = parseSnapshot({ version: 1, items: [item] });
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.snapshot.items[0]).toMatchObject({ x: 1e308, y: -1e308, style: { fillColor: 'unknown' } });
  });

  it('keeps metadata and app data keys named __proto__ as data', () => {
    const data: unknown = JSON.parse('{"version":1,"items":[],"metadata":{"__proto__":{"__proto__":{"a":1}},"i":{"k":{"__proto__":2}}},"appData":{"__proto__":3}}');
    const parsed = parseSnapshot(data);
    expect(parsed.ok && JSON.stringify(parsed.snapshot)).toBe('{"version":1,"items":[],"metadata":{"__proto__":{"__proto__":{"a":1}},"i":{"k":{"__proto__":2}}},"appData":{"__proto__":3}}');
    expect(parsed.ok && Object.getPrototypeOf(parsed.snapshot.metadata)).toBe(Object.prototype);
  });

  it('parses the shared hand-made example with zero warnings and every item kept', () => {
    const text = readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8');
    const parsed = parseSnapshotText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.snapshot.items.map((item) => item.id)).toEqual((JSON.parse(text) as { items: { id: string }[] }).items.map((item) => item.id));
    expect(parseSnapshotText(serializeSnapshot(parsed.snapshot))).toEqual(parsed);
  });
});

describe('parseSnapshot skips malformed items with a warning', () => {
  it('names the item, its id and type, and the reason', () => {
    const data = {
      version: 1,
      items: [sticky({ x: 'ten' }), { id: 'b', type: 'frame', x: 0, y: 0, width: -1, height: 1 }, sticky({ id: 'ok' }), sticky({ id: 'c', shape: 'circle' })],
    };
    const parsed = parseSnapshot(data);
    expect(parsed.ok && parsed.snapshot.items.map((item) => item.id)).toEqual(['ok', 'c']);
    expect(warningsOf(data)).toEqual([
      'item 0 (id s1, sticky_note): skipped, x: Invalid input: expected number, received string',
      'item 1 (id b, frame): skipped, width: Too small: expected number to be >=0',
      'item 3 (id c, sticky_note): shape: Invalid option: expected one of "square"|"rectangle"; read without that field',
    ]);
  });

  it('reads an item without a bad optional field rather than losing its text', () => {
    const data = { version: 1, items: [sticky({ id: 'n', content: '<p>Keep me</p>', style: null, tagIds: 'x' })] };
    const parsed = parseSnapshot(data);
    expect(parsed.ok && parsed.snapshot.items).toEqual([expect.objectContaining({ id: 'n', content: '<p>Keep me</p>', tagIds: [] })]);
    expect(parsed.ok && parsed.snapshot.items[0]).not.toHaveProperty('style');
    expect(warningsOf(data)).toEqual([
      'item 0 (id n, sticky_note): style: Invalid input: expected object, received null; tagIds: Invalid input: expected array, received string; read without that field',
    ]);
  });

  it('skips entries that are not items at all', () => {
    expect(warningsOf({ version: 1, items: [{ type: 'shape' }, 5, null, { id: '', type: 'x' }, { id: 'a', type: 7 }, { id: 'p', type: 'x', parentId: 3 }] })).toEqual([
      'item 0: skipped, id: Invalid input: expected string, received undefined',
      'item 1: skipped, (root): Invalid input: expected object, received number',
      'item 2: skipped, (root): Invalid input: expected object, received null',
      'item 3: skipped, id: Too small: expected string to have >=1 characters',
      'item 4: skipped, type: Invalid input: expected string, received number',
      'item 5: skipped, parentId: Invalid input: expected string, received number',
    ]);
  });

  it('rejects NaN, infinities and strings as coordinates', () => {
    expect(warningsOf({ version: 1, items: [sticky({ x: Number.NaN }), sticky({ id: 's2', y: Number.POSITIVE_INFINITY }), sticky({ id: 's3', width: '199' })] })).toEqual([
      'item 0 (id s1, sticky_note): skipped, x: Invalid input: expected number, received NaN',
      'item 1 (id s2, sticky_note): skipped, y: Invalid input: expected number, received Infinity',
      'item 2 (id s3, sticky_note): skipped, width: Invalid input: expected number, received string',
    ]);
    // JSON text cannot hold NaN, but 1e999 parses to Infinity.
    const parsed = parseSnapshotText('{"version":1,"items":[{"id":"a","type":"shape","x":1e999,"y":0,"width":1,"height":1}]}');
    expect(parsed.ok && parsed.warnings).toEqual(['item 0 (id a, shape): skipped, x: Invalid input: expected number, received Infinity']);
  });

  it('keeps the first of two items with the same id', () => {
    const data = { version: 1, items: [{ id: 'a', type: 'widget', n: 1 }, sticky({ id: 'a' }), { id: 'a', type: 'tag', title: 't' }] };
    const parsed = parseSnapshot(data);
    expect(parsed.ok && parsed.snapshot.items).toEqual([{ id: 'a', type: 'widget', n: 1 }]);
    expect(warningsOf(data)).toEqual(['item 1 (id a): skipped, another item has the same id', 'item 2 (id a): skipped, another item has the same id']);
  });

  it('ignores metadata and app data of the wrong shape, keeping the rest', () => {
    const parsed = parseSnapshot({ version: 1, items: [], metadata: { a: 5, b: { k: 1 }, c: [1], d: null } });
    expect(parsed.ok && parsed.snapshot.metadata).toEqual({ b: { k: 1 } });
    expect(parsed.ok && parsed.warnings).toEqual([
      'metadata of a: ignored, not a JSON object',
      'metadata of c: ignored, not a JSON object',
      'metadata of d: ignored, not a JSON object',
    ]);
    expect(warningsOf({ version: 1, items: [], metadata: [1] })).toEqual(['metadata: ignored, not an object of item ids']);
    expect(warningsOf({ version: 1, items: [], appData: 'x' })).toEqual(['appData: ignored, not a JSON object']);
  });
});

describe('parseSnapshot fails only on an unusable envelope', () => {
  it('explains what is wrong', () => {
    expect(parseSnapshot({ version: 2, items: [] })).toEqual({ ok: false, error: 'not a board snapshot (version: Invalid input: expected 1)' });
    expect(parseSnapshot([])).toEqual({ ok: false, error: 'not a board snapshot ((root): Invalid input: expected object, received array)' });
    expect(parseSnapshot({ version: 1, items: {} })).toEqual({ ok: false, error: 'not a board snapshot (items: Invalid input: expected array, received object)' });
    expect(parseSnapshotText('{nope')).toEqual({ ok: false, error: "not valid JSON: Expected property name or '}' in JSON at position 1" });
  });
});

/** Every path into a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

/** Replaces (or, with `replacement` undefined, deletes) the value at `path`. */
function mutate(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(root));
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('parseSnapshot never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseSnapshot(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('on any JSON value dressed as a snapshot (so the item parsers run)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), (items, metadata) => {
        const parsed = parseSnapshot({ version: 1, items, metadata, appData: metadata });
        expect(parsed.ok).toBe(true);
        // Every entry is either kept or skipped with exactly one warning.
        const itemWarnings = parsed.ok ? parsed.warnings.filter((warning) => warning.startsWith('item ')) : [];
        expect(parsed.ok && parsed.snapshot.items.length + itemWarnings.length).toBe(items.length);
      }),
      { numRuns: 500 },
    );
  });

  it('on random mutations of a valid snapshot, and never loses a well-formed item', () => {
    fc.assert(
      fc.property(snapshotArbitrary({ maxItems: 10 }), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }), (snapshot, pick, replacement) => {
        const paths = pathsOf(snapshot);
        if (paths.length === 0) return;
        const path = paths[pick % paths.length] ?? [];
        const mutated = mutate(snapshot, path, replacement);
        const parsed = parseSnapshot(mutated);
        if (path[0] !== 'items' || path.length < 2 || !parsed.ok) return;
        // Only the mutated item can be lost (it, or a later item now sharing its id).
        const touched = snapshot.items[path[1] as number]?.id;
        const lost = snapshot.items.filter((item) => !parsed.snapshot.items.some((kept) => kept.id === item.id));
        expect(lost.every((item) => item.id === touched || path.length === 2)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseSnapshotTextInSlices', () => {
  // Past one slice (SLICE_ITEMS), with a duplicate id in a later slice and bad items in each.
  const items: unknown[] = Array.from({ length: SLICE_ITEMS * 2 + 500 }, (_, index) => ({ id: `s${index}`, type: 'sticky_note', x: index, y: 0, width: 199, height: 228, content: `<p>${index}</p>` }));
  items[5] = { id: 'bad-first', type: 'sticky_note', x: 'left' };
  items[SLICE_ITEMS + 7] = { id: 's3', type: 'sticky_note', x: 1, y: 1, width: 199, height: 228 };
  items[SLICE_ITEMS * 2 + 1] = { id: 'bad-last', type: 'sticky_note', y: 'top' };
  const text = JSON.stringify({ version: 1, items, metadata: { s1: { kind: 'x' } } });

  it('reads a long file exactly as parseSnapshotText does: the same items, the same warnings with the same item numbers', async () => {
    const sliced = await parseSnapshotTextInSlices(text);
    expect(sliced).toEqual(parseSnapshotText(text));
    expect(sliced.ok && sliced.warnings.map((warning) => warning.replace(/:.*$/, ''))).toEqual([
      'item 5 (id bad-first, sticky_note)',
      `item ${SLICE_ITEMS + 7} (id s3)`,
      `item ${SLICE_ITEMS * 2 + 1} (id bad-last, sticky_note)`,
    ]);
    expect(sliced.ok && sliced.snapshot.items).toHaveLength(items.length - 3);
  });

  it('gives the same one-line errors for text that is not JSON or not a snapshot', async () => {
    expect(await parseSnapshotTextInSlices('{"version": 2, "items": []}')).toEqual({ ok: false, error: 'not a board snapshot (version: Invalid input: expected 1)' });
    const notJson = await parseSnapshotTextInSlices('nope');
    expect(!notJson.ok && notJson.error).toMatch(/^not valid JSON: /);
  });
});
