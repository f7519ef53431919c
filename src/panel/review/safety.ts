// A safety checkpoint before a bulk change (recolouring a whole map, switching
// its palette): the map as it was, kept in storage, so "what changed" and a
// person can see what the change did. It never blocks the change: a failure
// is only reported back.
import { errorMessage } from '../../board/errors.ts';
import type { BoardPort } from '../../board/port.ts';
import { markCheckpoint } from './actions.ts';

/** Who makes a checkpoint: the board's user, or "panel user" when the board cannot say (a checkpoint never waits on it). */
export async function userName(board: BoardPort): Promise<string> {
  try {
    const { name } = await board.getUserInfo();
    return name.trim() === '' ? 'panel user' : name;
  } catch {
    return 'panel user';
  }
}

/** Returns why the safety checkpoint could not be kept, or null when it was. */
export async function beforeBulkChange(board: BoardPort, { frameId, what }: { frameId: string; what: string }): Promise<string | null> {
  try {
    const result = await markCheckpoint(board, { frameId, kind: 'safety', note: `before ${what}`, by: await userName(board), now: new Date() });
    return result.storageError;
  } catch (error) {
    return errorMessage(error);
  }
}

/** The hook the bulk actions call: loaded on first use, so the tabs that call it stay small. */
export async function safetyCheckpoint(board: BoardPort, options: { frameId: string | undefined; what: string }): Promise<void> {
  if (options.frameId === undefined) return;
  await beforeBulkChange(board, { frameId: options.frameId, what: options.what });
}
