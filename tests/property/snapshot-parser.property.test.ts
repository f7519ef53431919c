// Fuzzing the board snapshot parser (src/board/snapshot.ts): whatever a file or
// a board hands it, it returns a value or one readable error, never throws, and
// never drops an item silently (every item is kept or named in a warning).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, parseSnapshotText, serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { PROPERTY_RUNS } from './runs.ts';

const coffeeText = readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8');
const coffee = JSON.parse(coffeeText) as { version: number; items: Record<string, unknown>[] };

const FIELDS = ['id', 'type', 'x', 'y', 'width', 'height', 'parentId', 'content', 'style', 'tagIds', 'title', 'shape', 'start', 'end', 'childrenIds', 'color'];

/** Any JSON-ish value, including the ones JSON cannot carry but a board object might. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308, '', 'NaN', '__proto__', '<script>alert(1)</script>'),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), index: fc.nat(), field: fc.constantFrom(...FIELDS), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('replace' as const), index: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(items: Record<string, unknown>[], change: Mutation): unknown[] {
  const next: unknown[] = items.map((item) => ({ ...item }));
  const index = change.index % next.length;
  const target = next[index] as Record<string, unknown>;
  if (change.kind === 'set') target[change.field] = change.value;
  else if (change.kind === 'delete') delete target[change.field];
  else if (change.kind === 'replace') next[index] = change.value;
  else next.push({ ...target });
  return next;
}

function expectReadable(result: ReturnType<typeof parseSnapshot>): void {
  if (result.ok) {
    for (const warning of result.warnings) expect(warning).toMatch(/^(item \d+|metadata|appData)/);
  } else {
    expect(result.error).toMatch(/^(not valid JSON: |not a board snapshot \()/);
  }
}

describe('parseSnapshot under random input', { timeout: 60_000 }, () => {
  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectReadable(parseSnapshot(value))),
      { numRuns: PROPERTY_RUNS.snapshotJson },
    );
  });

  it('never throws on random text and random bytes', () => {
    const bytes = fc.uint8Array({ maxLength: 400 }).map((array) => new TextDecoder().decode(array));
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), bytes, fc.constantFrom('', '\ufeff', '{', '{"version":1,"items":'));
    fc.assert(
      fc.property(text, (input) => expectReadable(parseSnapshotText(input))),
      { numRuns: PROPERTY_RUNS.snapshotText },
    );
  });

  it('keeps or names every item of a mutated valid snapshot', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (changes) => {
        const items = changes.reduce<unknown[]>((current, change) => mutate(current as Record<string, unknown>[], change), coffee.items);
        const result = parseSnapshot({ version: 1, items });
        expectReadable(result);
        if (!result.ok) throw new Error(`a valid envelope was refused: ${result.error}`);
        const skipped = result.warnings.filter((warning) => / skipped, /.test(warning)).length;
        expect(result.snapshot.items.length + skipped).toBe(items.length);
      }),
      { numRuns: PROPERTY_RUNS.snapshotMutations },
    );
  });

  it('reads back what it wrote: parse ∘ serialize ∘ parse = parse', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (changes) => {
        const items = changes.reduce<unknown[]>((current, change) => mutate(current as Record<string, unknown>[], change), coffee.items);
        // Through JSON text, as a file carries it (NaN and undefined do not survive JSON).
        const first = parseSnapshotText(JSON.stringify({ version: 1, items }));
        if (!first.ok) throw new Error(first.error);
        const second = parseSnapshotText(serializeSnapshot(first.snapshot));
        expect(second).toEqual({ ok: true, snapshot: first.snapshot, warnings: [] });
      }),
      { numRuns: PROPERTY_RUNS.snapshotRoundTrip },
    );
  });
});
