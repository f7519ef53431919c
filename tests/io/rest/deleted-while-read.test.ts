// Someone deletes a sticky or a tag while the board is read: the read goes on
// with a warning instead of failing as if the board were gone.
import { afterEach, expect, it } from 'vitest';
import { pullBoard } from '../../../src/io/rest/read-board.ts';
import { restFromSnapshot } from './rest-board.ts';
import { sendError, startRestServer, type RestServer } from './rest-server.ts';

let server: RestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const BOARD = {
  items: [
    { id: 'f', type: 'frame', title: 'Map', x: 0, y: 0, width: 1000, height: 800 },
    { id: 's1', type: 'sticky_note', parentId: 'f', shape: 'square', x: 100, y: 100, width: 199, height: 228, content: 'kept', style: { fillColor: 'red' }, tagIds: ['t1'] },
    { id: 's2', type: 'sticky_note', parentId: 'f', shape: 'square', x: 400, y: 100, width: 199, height: 228, content: 'deleted', style: { fillColor: 'green' }, tagIds: ['t1'] },
    { id: 't1', type: 'tag', title: 'owner: sales', color: 'red' },
  ],
};

it('keeps a sticky deleted before its own read, without its style, and a tag deleted before its item list, on no item', async () => {
  server = await startRestServer({
    boardId: 'b',
    token: 'tok',
    board: restFromSnapshot(BOARD),
    intercept: (_request, response, url) => {
      const gone = url.pathname.endsWith('/sticky_notes/s2') || url.searchParams.get('tag_id') === 't1';
      if (gone) sendError(response, { status: 404, code: 'notFound', message: 'Item not found' });
      return gone;
    },
  });
  const { snapshot, warnings } = await pullBoard({ baseUrl: server.url, token: 'tok', boardId: 'b' });
  expect(warnings).toEqual(['sticky_note s2: gone while the board was read; read without its style', 'tag t1 ("owner: sales"): gone while the board was read; no item carries it']);
  expect(snapshot.items.find((item) => item.id === 's2')).toMatchObject({ content: 'deleted', tagIds: [] });
  expect(snapshot.items.find((item) => item.id === 's2')).not.toHaveProperty('style');
  expect(snapshot.items.find((item) => item.id === 's1')).toMatchObject({ style: { fillColor: 'red' }, tagIds: [] });
});
