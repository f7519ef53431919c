// Board items as the SDK reports them, for the fixture generators
// (make-fixtures.ts, make-real-fixtures.ts): short builders and a writer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Item = Record<string, unknown>;
const OUT = join(import.meta.dirname, '../fixtures/readback');

export const frame = (id: string, title: string, box: [number, number, number, number]): Item => ({ id, type: 'frame', title, x: box[0], y: box[1], width: box[2], height: box[3] });
export const shape = (id: string, parentId: string | null, text: string, box: [number, number, number, number], extra: Item = {}): Item => ({ id, type: 'shape', shape: 'rectangle', parentId, x: box[0], y: box[1], width: box[2], height: box[3], content: `<p>${text}</p>`, style: { fillColor: '#e6e6e6' }, ...extra });
export const text = (id: string, parentId: string | null, html: string, box: [number, number, number, number?]): Item => ({ id, type: 'text', parentId, x: box[0], y: box[1], width: box[2], ...(box[3] === undefined ? {} : { height: box[3] }), content: html });
export const sticky = (id: string, parentId: string | null, html: string, at: [number, number], color?: string, tagIds: string[] = []): Item => ({ id, type: 'sticky_note', shape: 'square', parentId, x: at[0], y: at[1], width: 160, height: 183, content: html, ...(color === undefined ? {} : { style: { fillColor: color } }), tagIds });
export const tag = (id: string, title: string): Item => ({ id, type: 'tag', title, color: 'blue' });
export const connector = (id: string, parentId: string | null, from: string, to: string): Item => ({ id, type: 'connector', parentId, start: { item: from }, end: { item: to }, shape: 'curved' });
export const image = (id: string, parentId: string | null, at: [number, number]): Item => ({ id, type: 'image', parentId, x: at[0], y: at[1], width: 300, height: 200, url: 'https://example.com/persona.png' });

/** Writes `tests/fixtures/readback/<name>.json` (`name` may hold a subfolder: `real/…`). */
export function saveFixture({ name, items, metadata = {} }: { name: string; items: Item[]; metadata?: Item }): void {
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ version: 1, items, metadata }, null, 2)}\n`);
}
