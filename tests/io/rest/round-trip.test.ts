// Property: any board snapshot (in the form the Web SDK reports), served by the
// local server as REST API pages, reads back as the same snapshot.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pullBoard } from '../../../src/io/rest/read-board.ts';
import { parseSnapshot, SNAPSHOT_VERSION } from '../../../src/snapshot/snapshot.ts';
import { restFromSnapshot } from './rest-board.ts';
import { startRestServer, type RestServer, type RestServerOptions } from './rest-server.ts';

type Plain = Record<string, unknown>;

const coordinate = fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 8);
const size = fc.integer({ min: 1, max: 40_000 }).map((n) => n / 4);
const STICKY_COLOURS = ['light_yellow', 'red', 'light_green', 'blue', 'unknown'];
const TAG_COLOURS = ['red', 'blue', 'green', 'gray'];

const child = fc.record({
  kind: fc.constantFrom('sticky_note', 'shape', 'text', 'card', 'image'),
  frame: fc.nat(),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  rotation: fc.option(fc.integer({ min: -180, max: 180 }), { nil: undefined }),
  text: fc.string({ maxLength: 30 }),
  colour: fc.constantFrom(...STICKY_COLOURS),
  square: fc.boolean(),
  tagMask: fc.nat(),
});

const board = fc.record({
  frames: fc.array(fc.record({ title: fc.string({ maxLength: 20 }), x: coordinate, y: coordinate, width: size, height: size }), { maxLength: 3 }),
  children: fc.array(child, { maxLength: 75 }),
  tags: fc.array(fc.record({ title: fc.string({ maxLength: 20 }), colour: fc.constantFrom(...TAG_COLOURS) }), { maxLength: 4 }),
  links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), at: fc.integer({ min: 0, max: 100 }), curved: fc.boolean() }), { maxLength: 4 }),
});

type Board = typeof board extends fc.Arbitrary<infer T> ? T : never;

function childItem(entry: Board['children'][number], { id, parentId, tagIds }: { id: string; parentId?: string; tagIds: string[] }): Plain {
  const placed = { id, type: entry.kind, ...(parentId === undefined ? {} : { parentId }), x: entry.x, y: entry.y, width: entry.width, height: entry.height };
  const turned = entry.rotation === undefined ? {} : { rotation: entry.rotation };
  if (entry.kind === 'sticky_note') return { ...placed, shape: entry.square ? 'square' : 'rectangle', content: entry.text, style: { fillColor: entry.colour, textAlign: 'left' }, tagIds };
  if (entry.kind === 'shape') return { ...placed, ...turned, shape: entry.square ? 'circle' : 'rectangle', content: entry.text, style: { fillColor: '#ff0000' } };
  if (entry.kind === 'text') return { ...placed, ...turned, content: entry.text, style: { fontSize: 14 } };
  return { ...placed, ...turned, title: entry.text, ...(tagIds.length > 0 ? { tagIds } : {}) };
}

/** The snapshot in the order the reader gives: items as listed, then connectors, then tags. */
function snapshotOf(generated: Board): Plain {
  const tagIds = generated.tags.map((_, index) => `t${index}`);
  const children = generated.children.map((entry, index) => {
    const slot = entry.frame % (generated.frames.length + 1);
    const parentId = slot < generated.frames.length ? `f${slot}` : undefined;
    const tags = entry.kind === 'sticky_note' || entry.kind === 'card' ? tagIds.filter((_, bit) => (entry.tagMask >> bit) % 2 === 1) : [];
    return childItem(entry, { id: `i${index}`, ...(parentId === undefined ? {} : { parentId }), tagIds: tags });
  });
  const frames = generated.frames.map((frame, index) => ({ id: `f${index}`, type: 'frame', ...frame, childrenIds: children.filter((item) => item.parentId === `f${index}`).map((item) => item.id) }));
  const connectors = children.length === 0 ? [] : generated.links.map((link, index) => ({
    id: `c${index}`,
    type: 'connector',
    start: { item: children[link.from % children.length]?.id, position: { x: link.at / 100, y: 0 }, snapTo: 'top' },
    end: { item: children[link.to % children.length]?.id },
    shape: link.curved ? 'curved' : 'straight',
    style: { strokeWidth: 2 },
  }));
  const tags = generated.tags.map((tag, index) => ({ id: tagIds[index], type: 'tag', title: tag.title, color: tag.colour }));
  return { version: SNAPSHOT_VERSION, items: [...frames, ...children, ...connectors, ...tags], metadata: {} };
}

let server: RestServer;
const options: RestServerOptions = { boardId: 'board-1', token: 'property-token', board: restFromSnapshot({ items: [] }) };
beforeAll(async () => {
  server = await startRestServer(options);
});
afterAll(() => server.close());

it('a random snapshot served as REST pages reads back as the same snapshot', async () => {
  await fc.assert(
    fc.asyncProperty(board, fc.subarray(['sticky_note', 'shape', 'text']), async (generated, styleInList) => {
      const expected = parseSnapshot(snapshotOf(generated));
      if (!expected.ok) throw new Error(expected.error);
      options.board = restFromSnapshot(expected.snapshot, { styleInList });
      const pulled = await pullBoard({ baseUrl: server.url, token: options.token, boardId: options.boardId });
      expect(pulled.warnings).toEqual([]);
      expect(pulled.snapshot).toEqual(expected.snapshot);
    }),
    { numRuns: 40 },
  );
});
