// Undoing a failed insert: children first, then the frame, then the tags the
// insert created. An item already gone ("not found") counts as removed. Items
// someone else put in the new frame meanwhile are not the insert's: they are
// taken out of it first, so they stay on the board whether or not removing a
// frame takes its children (unverified, docs/miro-board.md).
import { mapBounded } from './calls.ts';
import { errorMessage, isNotFoundError } from './errors.ts';
import type { BoardItem, BoardPort, FrameItem, TagItem } from './port.ts';

export interface Created {
  children: BoardItem[];
  frame?: FrameItem;
  tags: TagItem[];
}

type Step = <T>(name: string, call: () => Promise<T>) => Promise<T>;

const causeOf = (error: unknown): unknown => (error instanceof Error && error.cause !== undefined ? error.cause : error);

/** Takes out of the new frame what this run did not make; false when that could not be done (the frame then stays). */
async function releaseOthers(context: { created: Created; concurrency: number; step: Step; frame: FrameItem }, problems: string[]): Promise<boolean> {
  const { frame, step } = context;
  const ours = new Set(context.created.children.map((item) => item.id));
  try {
    const others = (await step(`reading the children of frame ${frame.id}`, () => frame.getChildren())).filter((item) => !ours.has(item.id));
    await mapBounded(others, context.concurrency, (item) => step(`taking ${item.type} ${item.id} out of the frame`, () => frame.remove(item)));
    return true;
  } catch (error) {
    if (isNotFoundError(causeOf(error))) return true;
    problems.push(`${errorMessage(error)}; the frame was left so as not to remove what others put in it`);
    return false;
  }
}

/** Removes what was created; returns one line per item it could not remove. */
export async function rollback(context: { board: BoardPort; created: Created; concurrency: number; step: Step }): Promise<string[]> {
  const problems: string[] = [];
  const remove = async (item: BoardItem): Promise<void> => {
    try {
      await context.step(`removing ${item.type} ${item.id}`, () => context.board.remove(item));
    } catch (error) {
      if (!isNotFoundError(causeOf(error))) problems.push(errorMessage(error));
    }
  };
  await mapBounded(context.created.children, context.concurrency, remove);
  const { frame } = context.created;
  if (frame !== undefined && (await releaseOthers({ ...context, frame }, problems))) await remove(frame);
  await mapBounded(context.created.tags, context.concurrency, remove);
  return problems;
}
