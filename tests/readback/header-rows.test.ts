// Header rows by centre band: stage titles of one, two and three lines side by
// side, texts whose height Miro computes (absent from the snapshot), shapes
// and texts mixed, aligned by top, middle or bottom, read as one header row.
import { describe, expect, it } from 'vitest';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';

type Item = BoardSnapshot['items'][number];
type Align = 'top' | 'middle' | 'bottom';

const LINE = 32;
const TITLES = [['Discover'], ['Sign', 'up'], ['First', 'box', 'arrives'], ['Renew']];

/** A title of n lines whose box is aligned at `top` as the facilitator dragged it. */
function titleItem({ id, lines, x, align, asText }: { id: string; lines: string[]; x: number; align: Align; asText: boolean }): Item {
  const height = LINE * lines.length + 8;
  const y = align === 'top' ? 100 + height / 2 : align === 'bottom' ? 200 - height / 2 : 150;
  const content = lines.map((line) => `<p>${line}</p>`).join('');
  // A text's height is Miro's to compute: the snapshot carries none.
  return asText ? { id, type: 'text', parentId: 'f', x, y, width: 300, content } : { id, type: 'shape', shape: 'rectangle', parentId: 'f', x, y, width: 300, height, content };
}

function board(align: Align, mix: (index: number) => boolean): BoardSnapshot {
  const items: Item[] = [{ id: 'f', type: 'frame', title: 'Map', x: 1000, y: 700, width: 2000, height: 1400 }];
  TITLES.forEach((lines, i) => items.push(titleItem({ id: `h${i}`, lines, x: 500 + i * 350, align, asText: mix(i) })));
  ['Doing', 'Pains'].forEach((name, j) => items.push({ id: `l${j}`, type: 'shape', shape: 'rectangle', parentId: 'f', x: 150, y: 400 + j * 300, width: 200, height: 280, content: `<p>${name}</p>` }));
  TITLES.forEach((_lines, i) => items.push({ id: `s${i}`, type: 'sticky_note', shape: 'square', parentId: 'f', x: 500 + i * 350, y: 400, width: 150, height: 170, content: '<p>x</p>', tagIds: [] }));
  return { version: 1, items, metadata: {} };
}

describe('header rows by centre band', () => {
  const mixes: [string, (index: number) => boolean][] = [
    ['shapes', () => false],
    ['texts with computed heights', () => true],
    ['shapes and texts mixed', (index) => index % 2 === 0],
  ];
  for (const align of ['top', 'middle', 'bottom'] as const) {
    for (const [what, mix] of mixes) {
      it(`one-, two- and three-line titles aligned by ${align}, ${what}: one row of four stages`, () => {
        const result = readJourney(board(align, mix));
        if (!result.ok) throw new Error(result.message);
        expect(result.journey.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'First box arrives', 'Renew']);
        expect(result.journey.notes).toHaveLength(4);
        expect(result.placement.strayItemIds).toEqual([]);
      });
    }
  }
});
