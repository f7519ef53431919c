// A new item linked into its frame, or not left on the board: the legend title
// and the review line are created, then `frame.add`-ed (docs/miro-board.md);
// if linking fails the item is removed again, so a failed write leaves the
// board as it was rather than a stray item outside the map.
import { errorMessage } from './errors.ts';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';

/** `frame.add(item)`; on failure removes `item` and throws "Could not <what>: …. The board is unchanged." */
export async function linkOrRemove(
  board: BoardPort,
  { frame, item, what, call }: { frame: FrameItem; item: BoardItem; what: string; call: <T>(work: () => Promise<T>) => Promise<T> },
): Promise<void> {
  try {
    await call(() => frame.add(item));
  } catch (error) {
    try {
      await call(() => board.remove(item));
    } catch (undo) {
      throw new Error(`Could not ${what} (${errorMessage(error)}), and could not remove it again (${errorMessage(undo)}).`, { cause: undo });
    }
    throw new Error(`Could not ${what}: ${errorMessage(error)}. The board is unchanged.`, { cause: error });
  }
}
