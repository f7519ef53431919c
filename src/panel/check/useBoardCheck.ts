// Runs the Board check on the panel's board: the cases safe on a real board,
// in a scratch frame it removes afterwards; keeps the report for the view.
import { useCallback, useState } from 'react';
import { runBoardCheck, type BoardCheckReport } from '../../board/contract/check.ts';
import { errorMessage } from '../../board/errors.ts';
import { useBoard } from '../BoardContext.tsx';

export interface BoardCheckState {
  busy: boolean;
  progress: { done: number; total: number } | null;
  report: BoardCheckReport | null;
  error: string | null;
}

const IDLE: BoardCheckState = { busy: false, progress: null, report: null, error: null };

export function useBoardCheck() {
  const board = useBoard();
  const [state, setState] = useState<BoardCheckState>(IDLE);
  const run = useCallback(async () => {
    setState({ ...IDLE, busy: true });
    try {
      // The panel always runs the real-board subset: it cannot tell (and must not care) which board it has.
      const report = await runBoardCheck(board, { realBoard: true, onProgress: (done, total) => setState((previous) => ({ ...previous, progress: { done, total } })) });
      setState({ ...IDLE, report });
    } catch (error) {
      setState({ ...IDLE, error: `The board check stopped: ${errorMessage(error)}` });
    }
  }, [board]);
  return { state, run };
}
