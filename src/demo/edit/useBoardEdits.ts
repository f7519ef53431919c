// The demo's edits, bound to one board and its history: what the gestures,
// the selection toolbar and the keyboard call.
import { useMemo, useSyncExternalStore } from 'react';
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import type { Point } from '../view.ts';
import { addSticky, deleteItems, moveItems, setColour, setText, type EditContext } from './edits.ts';
import type { EditHistory } from './history.ts';
import { IdMap } from './ids.ts';
import { addTag, removeTag } from './tags.ts';

export type BoardEdits = ReturnType<typeof useBoardEdits>;

export function useBoardEdits(board: MemoryBoard, history: EditHistory) {
  const state = useSyncExternalStore(history.subscribe, history.getState);
  const actions = useMemo(() => {
    // The board is the demo's in-memory board, but every change goes through its BoardPort face.
    const context: EditContext = { board, port: board, ids: new IdMap() };
    return {
      move: (ids: readonly string[], delta: Point) => history.run('move', () => moveItems(context, ids, delta)),
      setText: (id: string, text: string) => history.run('change the text', () => setText(context, id, text)),
      setColour: (ids: readonly string[], colour: string) => history.run('recolour', () => setColour(context, ids, colour)),
      addTag: (id: string, title: string) => history.run('add the tag', () => addTag(context, id, title)),
      removeTag: (id: string, tagId: string) => history.run('remove the tag', () => removeTag(context, id, tagId)),
      remove: (ids: readonly string[]) => history.run('delete', () => deleteItems(context, ids)),
      /** Adds a sticky at `point` and selects it; resolves with its id (undefined if it failed). */
      addSticky: async (point: Point): Promise<string | undefined> => {
        let id: string | undefined;
        await history.run('add a sticky note', async () => {
          const added = await addSticky(context, point);
          id = added.id;
          board.select([added.id]);
          return added.edit;
        });
        return id;
      },
      undo: () => history.undo(),
      redo: () => history.redo(),
    };
  }, [board, history]);
  return { ...actions, ...state };
}
