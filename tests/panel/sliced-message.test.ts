// Big values between the page and a worker go a slice a message: whatever the
// value, the receiver rebuilds exactly what was sent, and the sender's value
// is left as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';
import { slicedParts, slicedReceiver, type SlicedPart } from '../../src/panel/sliced-message.ts';

const long = (length: number, tag: string) => Array.from({ length }, (_, index) => ({ tag, index }));

/** Sends every part through a structured clone, as postMessage does; the receiver's answer after the last one. */
function roundTrip(id: number, value: unknown): { parts: SlicedPart[]; received: unknown } {
  const receive = slicedReceiver();
  const parts = slicedParts(id, value);
  const answers = parts.map((part) => receive(structuredClone(part)));
  expect(answers.slice(0, -1).every((answer) => answer === undefined)).toBe(true);
  return { parts, received: answers.at(-1) };
}

describe('sliced messages', () => {
  it('sends each long array ahead in slices, and rebuilds the value exactly', () => {
    const value = { id: 4, result: { journey: { notes: long(SLICE_ITEMS * 2 + 1, 'note'), title: 'Map' }, findings: long(SLICE_ITEMS + 1, 'finding') }, ok: true };
    const before = structuredClone(value);
    const { parts, received } = roundTrip(4, value);
    expect(parts.map((part) => (part.kind === 'slice' ? `${part.path.join('.')} ${part.items.length}` : 'rest'))).toEqual([
      `result.journey.notes ${SLICE_ITEMS}`,
      `result.journey.notes ${SLICE_ITEMS}`,
      'result.journey.notes 1',
      `result.findings ${SLICE_ITEMS}`,
      'result.findings 1',
      'rest',
    ]);
    expect(received).toStrictEqual(before);
    expect(value).toStrictEqual(before);
  });

  it('sends a short value whole, in one message', () => {
    const value = { snapshot: { items: long(3, 'item') }, options: { today: '2026-11-29' } };
    const { parts, received } = roundTrip(1, value);
    expect(parts).toEqual([{ kind: 'rest', id: 1, value }]);
    expect(received).toStrictEqual(value);
  });

  it('rebuilds a value that is itself a long array', () => {
    const value = long(SLICE_ITEMS + 5, 'root');
    expect(roundTrip(2, value).received).toStrictEqual(value);
  });

  it('keeps the parts of values sent at once apart by id', () => {
    const receive = slicedReceiver();
    const first = slicedParts(1, { items: long(SLICE_ITEMS + 1, 'a') });
    const second = slicedParts(2, { items: long(SLICE_ITEMS + 2, 'b') });
    const answers = [first[0], second[0], first[1], second[1], second[2], first[2]].map((part) => (part === undefined ? undefined : receive(part)));
    expect(answers[4]).toStrictEqual({ items: long(SLICE_ITEMS + 2, 'b') });
    expect(answers[5]).toStrictEqual({ items: long(SLICE_ITEMS + 1, 'a') });
  });

  it('rebuilds any JSON value, long arrays or not', () => {
    const withLong = fc.record({ head: fc.jsonValue(), list: fc.constantFrom(long(2, 'x'), long(SLICE_ITEMS + 3, 'y')), nested: fc.record({ list: fc.constantFrom(long(1, 'z'), long(SLICE_ITEMS * 2, 'w')) }) });
    fc.assert(
      fc.property(withLong, (value) => {
        // fast-check makes objects without a prototype; a structured clone gives them one: compare the data.
        expect(roundTrip(9, value).received).toEqual(value);
      }),
      { numRuns: 30 },
    );
  });
});
