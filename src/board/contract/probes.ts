// The questions docs/miro-board.md leaves unverified, asked of the board in front of
// us. Each probe works in the scratch frame (or a frame of its own placed in
// empty space) and answers in the terms of the in-memory board's parameters.
import { classifyError, errorMessage } from '../errors.ts';
import type { BoardItem } from '../port.ts';
import type { Scratch } from './scratch.ts';

export interface Probe {
  id: string;
  question: string;
  ask(scratch: Scratch): Promise<string>;
}

const sticky = (scratch: Scratch, x: number, y: number) =>
  scratch.board.createStickyNote({ x: scratch.left + x, y: scratch.top + y, content: '<p>board check</p>' }).then(scratch.made);

/** Which documented not-found wording an error is (the in-memory board's `syncNotFoundText`). */
function notFoundWording(error: unknown): string {
  const text = errorMessage(error).toLowerCase();
  if (text.includes('cannot find the item with id')) return 'cannot-find';
  if (text.includes('can not retrieve item with id')) return 'can-not-retrieve';
  if (text.includes('has no valid id')) return 'no-valid-id';
  return `other: ${errorMessage(error)}`;
}

export const PROBES: readonly Probe[] = [
  {
    id: 'removeFrameRemovesChildren',
    question: 'Does remove(frame) remove the frame’s children?',
    ask: async (scratch) => {
      const { board } = scratch;
      const space = await board.findEmptySpace({ x: scratch.frame.x, y: scratch.frame.y, width: 400, height: 400, offset: 100 });
      const frame = scratch.made(await board.createFrame({ title: 'Board check (probe)', x: space.x, y: space.y, width: 400, height: 400 }));
      const child = scratch.made(await board.createStickyNote({ x: space.x, y: space.y, content: '<p>probe</p>' }));
      await frame.add(child);
      await board.remove(frame);
      scratch.gone(frame.id);
      const left = await board.get({ id: child.id });
      if (left.length === 0) scratch.gone(child.id);
      return String(left.length === 0);
    },
  },
  {
    id: 'order',
    question: 'Do getChildren() and get() list items in the order they were made?',
    ask: async (scratch) => {
      const made: BoardItem[] = [];
      for (let index = 0; index < 6; index++) made.push(await scratch.frame.add(await sticky(scratch, 300 + index * 250, 900)));
      const ids = made.map((item) => item.id);
      const children = (await scratch.frame.getChildren()).map((item) => item.id).filter((id) => ids.includes(id));
      const listed = (await scratch.board.get({ id: ids })).map((item) => item.id);
      const inOrder = JSON.stringify(children) === JSON.stringify(ids) && JSON.stringify(listed) === JSON.stringify(ids);
      return inOrder ? 'insertion' : 'other';
    },
  },
  {
    id: 'syncNotFoundText',
    question: 'Which not-found text does sync() throw on an item deleted meanwhile?',
    ask: async (scratch) => {
      const note = await sticky(scratch, 2200, 300);
      await scratch.board.remove(note);
      scratch.gone(note.id);
      try {
        await note.sync();
        return 'no error';
      } catch (error) {
        return classifyError(error).kind === 'not-found' ? notFoundWording(error) : `other: ${errorMessage(error)}`;
      }
    },
  },
  {
    id: 'selectAdds',
    question: 'Does select(filter) add to the selection (rather than replace it)?',
    ask: async (scratch) => {
      const [a, b] = [await sticky(scratch, 300, 600), await sticky(scratch, 600, 600)];
      await scratch.board.select({ id: a.id });
      await scratch.board.select({ id: b.id });
      const selected = (await scratch.board.getSelection()).map((item) => item.id);
      await scratch.board.deselect({ id: [a.id, b.id] });
      return String(selected.includes(a.id));
    },
  },
  {
    id: 'getTags',
    question: 'Does get({ tags }) take tag ids or titles?',
    ask: async (scratch) => {
      const tag = scratch.made(await scratch.board.createTag({ title: `board check ${Date.now() % 100_000}`, color: 'gray' }));
      const note = scratch.made(await scratch.board.createStickyNote({ x: scratch.left + 900, y: scratch.top + 600, tagIds: [tag.id] }));
      const finds = async (tags: string) => {
        try {
          return (await scratch.board.get({ tags })).some((item) => item.id === note.id);
        } catch {
          return undefined;
        }
      };
      const [byId, byTitle] = [await finds(tag.id), await finds(tag.title)];
      if (byId === undefined && byTitle === undefined) return 'refused';
      return byId === true ? (byTitle === true ? 'both' : 'ids') : byTitle === true ? 'titles' : 'neither';
    },
  },
];
