// The fuzzing behind issue 12, kept as property suites: random boards (and a
// real map with hostile fields) through every command of the command line,
// and hostile fields through recolour, which must write back only the fields
// it changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { snapshotArbitrary } from '../support/snapshots.ts';
import { PROPERTY_RUNS } from './runs.ts';

const COFFEE = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8')) as { items: Record<string, unknown>[] };

const COMMANDS = [
  ['check', 'in.json'],
  ['check', 'in.json', '--format', 'json'],
  ['check', 'in.json', '--format', 'md'],
  ['export', 'in.json', '--format', 'json'],
  ['export', 'in.json', '--format', 'csv'],
  ['export', 'in.json', '--format', 'md'],
  ['export', 'in.json', '--format', 'mermaid'],
  ['recolor', 'in.json'],
  ['recolor', 'in.json', '--palette', 'colour-blind', '--recompute'],
  // pull reads Miro's REST API, not a file: left out here.
  ['template', '--from', 'in.json'],
];

/** Values a careless tool or an attacker puts in a sticky's fields. */
const hostileValue = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.constantFrom('circle', '__proto__', '<img src=x>', '=cmd', 'red', 'light_green'), fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }));
const hostileFields = fc.dictionary(fc.constantFrom('tagIds', 'shape', 'content', 'style', 'parentId', '__proto__', 'x_extra', 'metadata'), hostileValue, { maxKeys: 3 });
const hostileStyle = fc.dictionary(fc.constantFrom('fillColor', 'textAlign', 'fontSize', '__proto__'), hostileValue, { maxKeys: 3 });

/** The coffee map, with hostile fields poured over some of its items. */
const hostileCoffee = fc.array(fc.tuple(fc.nat({ max: COFFEE.items.length - 1 }), hostileFields, fc.option(hostileStyle, { nil: undefined })), { maxLength: 6 }).map((edits) => {
  const items = COFFEE.items.map((item) => ({ ...item }));
  for (const [at, fields, style] of edits) {
    const item = items[at] as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) Object.defineProperty(item, key, { value, enumerable: true, writable: true, configurable: true });
    if (style !== undefined) item.style = style;
  }
  return JSON.stringify({ ...COFFEE, items });
});

const STACK_LINE = /^\s+at /m;

async function run(args: string[], input: string) {
  const io = fakeIO({ 'in.json': input });
  const code = await main(args, io.io);
  return { code, out: io.out(), err: io.err() };
}

/** An item without what a recolour may change (its fill colour and content), an emptied or non-object style dropped. */
function withoutRecolourFields(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const entries = Object.entries(item).flatMap(([key, value]): [string, unknown][] => {
    if (key === 'content') return [];
    if (key !== 'style') return [[key, value]];
    // A style that is no object (null, a string) must become one to hold the new colour.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    const rest = Object.entries(value).filter(([styleKey]) => styleKey !== 'fillColor');
    return rest.length === 0 ? [] : [[key, Object.fromEntries(rest)]];
  });
  return entries;
}

describe('every command on random and hostile boards', { timeout: 120_000 }, () => {
  it('answers with an exit code of 0, 1 or 2 and never a stack trace', async () => {
    const boards = fc.oneof(snapshotArbitrary({ maxItems: 20 }).map((snapshot) => JSON.stringify(snapshot)), hostileCoffee);
    await fc.assert(
      fc.asyncProperty(boards, fc.constantFrom(...COMMANDS), async (input, args) => {
        const result = await run(args, input);
        expect([0, 1, 2]).toContain(result.code);
        expect(result.err).not.toMatch(STACK_LINE);
        if (result.code === 2) expect(result.err.trim().split('\n').at(-1)).toMatch(/^journey-map \w+: /);
        if (result.code !== 2 && (args[0] === 'recolor' || args.includes('json'))) expect(() => JSON.parse(result.out) as unknown).not.toThrow();
      }),
      { numRuns: PROPERTY_RUNS.cliBoards },
    );
  });

  it('recolor changes nothing but fill colours and content, whatever the fields hold', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCoffee, async (input) => {
        const result = await run(['recolor', 'in.json'], input);
        if (result.code !== 0) return;
        const before = JSON.parse(input) as { items: unknown[] };
        const after = JSON.parse(result.out) as { items: unknown[] };
        expect(Object.keys(after)).toEqual(Object.keys(before));
        expect(after.items.map(withoutRecolourFields)).toEqual(before.items.map(withoutRecolourFields));
      }),
      { numRuns: PROPERTY_RUNS.recolourHostile },
    );
  });
});
