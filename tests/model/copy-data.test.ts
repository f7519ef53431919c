// copyData replaced structuredClone on the board's hot paths: it must copy
// plain data exactly as deeply, share nothing with its input, and keep a
// "__proto__" key as data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyData } from '../../src/model/copy-data.ts';

describe('copyData', () => {
  it('copies any JSON value to an equal value that shares no object with it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copied = copyData(value);
        expect(copied).toStrictEqual(value);
        if (typeof value === 'object' && value !== null) {
          expect(copied).not.toBe(value);
          expect(JSON.stringify(copied)).toBe(JSON.stringify(value));
        }
      }),
    );
  });

  it('copies nested objects and arrays, so changing the copy leaves the original alone', () => {
    const original = { style: { fillColor: 'red' }, tagIds: ['a', 'b'], start: { item: 'x', position: { x: 0.5, y: 1 } } };
    const copied = copyData(original);
    copied.style.fillColor = 'blue';
    copied.tagIds.push('c');
    copied.start.position.x = 0;
    expect(original).toEqual({ style: { fillColor: 'red' }, tagIds: ['a', 'b'], start: { item: 'x', position: { x: 0.5, y: 1 } } });
  });

  it('keeps a "__proto__" key as an own data property, never as the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copied = copyData(hostile);
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(Object.keys(copied)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(copied)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });

  it('leaves out what JSON cannot hold: functions in objects, null in their place in arrays', () => {
    const copied = copyData({ keep: 1, sync: () => undefined, missing: undefined, list: [1, () => 2] });
    expect(copied).toStrictEqual({ keep: 1, list: [1, null] });
  });
});
