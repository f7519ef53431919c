// The geometry readback rests on: band lookup, bands from titles, alignment groups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIndex, cluster, placeItem, type Placed } from '../../src/readback/geometry.ts';
import { bandsOf } from '../../src/readback/grid.ts';
import type { SnapshotItem } from '../../src/snapshot/snapshot.ts';

const shape = (id: string, [x, y, width, height]: [number, number, number, number]): Placed => {
  const placed = placeItem({ id, type: 'shape', shape: 'rectangle', x, y, width, height, content: `<p>${id}</p>` } as SnapshotItem);
  if (placed === null) throw new Error(id);
  return placed;
};

describe('bandIndex', () => {
  it('finds the band holding a value, as a linear scan would', () => {
    const bands = fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 0, maxLength: 30 }).map((widths) => {
      let start = 0;
      return widths.map((width, index) => {
        const band = { id: String(index), start, end: start + width };
        start += width;
        return band;
      });
    });
    fc.assert(
      fc.property(bands, fc.integer({ min: -100, max: 16_000 }), (list, value) => {
        expect(bandIndex(list, value)).toBe(list.findIndex((band) => value >= band.start && value < band.end));
      }),
    );
  });
});

describe('bandsOf', () => {
  it('runs each band to the next title and the last to its own far edge', () => {
    const headers = [shape('a', [100, 0, 180, 50]), shape('b', [300, 0, 180, 50]), shape('c', [500, 0, 180, 50])];
    expect(bandsOf(headers, 'x')).toEqual([
      { id: 'a', start: 10, end: 210 },
      { id: 'b', start: 210, end: 410 },
      { id: 'c', start: 410, end: 590 },
    ]);
  });
  it('splits bands halfway between small titles written over the middle of their columns', () => {
    const headers = [shape('a', [100, 0, 60, 30]), shape('b', [500, 0, 60, 30]), shape('c', [900, 0, 60, 30])];
    expect(bandsOf(headers, 'x')).toEqual([
      { id: 'a', start: -100, end: 300 },
      { id: 'b', start: 300, end: 700 },
      { id: 'c', start: 700, end: 1100 },
    ]);
  });
  it('keeps edge bands for touching labels of very different heights (a tall emotion row between two short rows)', () => {
    const labels = [shape('short', [0, 770, 280, 269]), shape('tall', [0, 1389, 280, 928]), shape('last', [0, 2008, 280, 269])];
    const [short, tall, last] = bandsOf(labels, 'y').map((band) => [band.id, Math.round(band.start), Math.round(band.end)]);
    expect(short).toEqual(['short', 636, 925]);
    expect(tall).toEqual(['tall', 925, 1874]);
    expect(last?.slice(0, 2)).toEqual(['last', 1874]);
  });
  it('gives a last title much smaller than the others their usual size', () => {
    const labels = [shape('a', [0, 100, 100, 200]), shape('b', [0, 300, 100, 200]), shape('c', [0, 420, 100, 40])];
    expect(bandsOf(labels, 'y').at(-1)).toEqual({ id: 'c', start: 400, end: 600 });
  });
});

describe('cluster', () => {
  it('groups titles of one row, even when they wobble, and keeps a tall text out', () => {
    const row = [shape('a', [100, 100, 180, 60]), shape('b', [300, 112, 180, 70]), shape('c', [500, 95, 180, 60])];
    const tall = shape('persona', [900, 100, 400, 400]);
    const groups = cluster([...row, tall], 'row').map((group) => group.map((placed) => placed.item.id).sort());
    expect(groups).toContainEqual(['a', 'b', 'c']);
    expect(groups).toContainEqual(['persona']);
  });
  it('stacks left-aligned labels of different widths into one column', () => {
    const labels = [shape('a', [60, 100, 100, 40]), shape('b', [110, 300, 200, 40]), shape('c', [80, 500, 140, 40])];
    expect(cluster(labels, 'column').map((group) => group.length)).toEqual([3]);
  });
});
