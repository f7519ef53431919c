// Undoing a failed insert: children first, then the frame, then the tags the
// insert created. An item already gone ("not found") counts as removed.
import { mapBounded } from './calls.ts';
import { errorMessage, isNotFoundError } from './errors.ts';
import type { BoardItem, BoardPort, FrameItem, TagItem } from './port.ts';

export interface Created {
  children: BoardItem[];
  frame?: FrameItem;
  tags: TagItem[];
}

/** Removes what was created; returns one line per item it could not remove. */
export async function rollback(context: {
  board: BoardPort;
  created: Created;
  concurrency: number;
  step: <T>(name: string, call: () => Promise<T>) => Promise<T>;
}): Promise<string[]> {
  const problems: string[] = [];
  const remove = async (item: BoardItem): Promise<void> => {
    try {
      await context.step(`removing ${item.type} ${item.id}`, () => context.board.remove(item));
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      if (!isNotFoundError(cause)) problems.push(errorMessage(error));
    }
  };
  await mapBounded(context.created.children, context.concurrency, remove);
  if (context.created.frame !== undefined) await remove(context.created.frame);
  await mapBounded(context.created.tags, context.concurrency, remove);
  return problems;
}
