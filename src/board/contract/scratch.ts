// Where the Board check works: a scratch frame the board itself places in empty
// space near the view, and a record of everything made, so the check can remove
// it all (children first, then frames, then tags) and prove the board is clean.
import { classifyError, errorMessage } from '../errors.ts';
import type { BoardItem, BoardPort, FrameItem } from '../port.ts';

export const SCRATCH_SIZE = { width: 2400, height: 1200 } as const;

export interface Scratch {
  board: BoardPort;
  frame: FrameItem;
  /** Board coordinates of the frame's top-left corner. */
  left: number;
  top: number;
  /** Records an item the check made, for the clean-up. */
  made<T extends BoardItem>(item: T): T;
  /** Records that a case removed an item itself (the clean-up skips it). */
  gone(id: string): void;
}

export interface Made {
  items: Map<string, BoardItem>;
}

export async function openScratch(board: BoardPort, made: Made): Promise<Scratch> {
  const view = await board.viewport.get();
  const asked = { x: view.x + view.width / 2, y: view.y + view.height / 2, ...SCRATCH_SIZE, offset: 200 };
  const space = await board.findEmptySpace(asked);
  const centre = Number.isFinite(space.x) && Number.isFinite(space.y) ? space : asked;
  const frame = await board.createFrame({ title: 'Board check (scratch: removed when the check ends)', x: centre.x, y: centre.y, ...SCRATCH_SIZE });
  made.items.set(frame.id, frame);
  return {
    board,
    frame,
    left: centre.x - SCRATCH_SIZE.width / 2,
    top: centre.y - SCRATCH_SIZE.height / 2,
    made: (item) => {
      made.items.set(item.id, item);
      return item;
    },
    gone: (id) => void made.items.delete(id),
  };
}

const rank = (item: BoardItem): number => (item.type === 'frame' ? 1 : item.type === 'tag' ? 2 : 0);

/** Removes what the check made and verifies each is gone; returns one line per item left behind. */
export async function cleanUp(board: BoardPort, made: Made): Promise<string[]> {
  const left: string[] = [];
  const items = [...made.items.values()].sort((a, b) => rank(a) - rank(b));
  for (const item of items) {
    try {
      await board.remove(item);
    } catch (error) {
      // Gone already (a frame's removal took its children, or a case removed it): fine.
      if (classifyError(error).kind !== 'not-found') left.push(`${item.type} ${item.id}: ${errorMessage(error)}`);
    }
  }
  // One read for all (get costs 500 credits a call).
  const found = items.length === 0 ? [] : await board.get({ id: items.map((item) => item.id) });
  for (const item of found) left.push(`${item.type} ${item.id} is still on the board`);
  return left;
}
