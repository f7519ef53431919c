// The board's current selection, kept up to date from `selection:update`.
import { useCallback, useEffect, useState } from 'react';
import type { SelectionUpdateEvent } from '@mirohq/websdk-types';
import type { BoardItem, BoardPort } from '../board/port.ts';
import { errorMessage } from '../board/errors.ts';
import { useBoard } from './BoardContext.tsx';

export interface Selection {
  items: readonly BoardItem[];
  /** Why the first read of the selection failed; cleared by the next update. */
  error: string | null;
}

const EMPTY: Selection = { items: [], error: null };

export function useSelection(): Selection {
  const board = useBoard();
  // Remembers whose selection it is, so a new board never shows the old one's.
  const [state, setState] = useState<{ board: BoardPort; selection: Selection } | null>(null);
  const setSelection = useCallback((selection: Selection) => setState({ board, selection }), [board]);
  useEffect(() => {
    let live = true;
    // An update that arrives while the first read is in flight is newer than it.
    let updated = false;
    const onUpdate = (event: SelectionUpdateEvent) => {
      updated = true;
      if (live) setSelection({ items: event.items, error: null });
    };
    board.ui.on('selection:update', onUpdate);
    const readOnce = async () => {
      try {
        const items = await board.getSelection();
        if (live && !updated) setSelection({ items, error: null });
      } catch (error) {
        if (live && !updated) setSelection({ items: [], error: `Could not read the selection: ${errorMessage(error)}` });
      }
    };
    void readOnce();
    return () => {
      live = false;
      board.ui.off('selection:update', onUpdate);
    };
  }, [board, setSelection]);
  return state?.board === board ? state.selection : EMPTY;
}
