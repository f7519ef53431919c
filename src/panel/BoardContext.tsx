// The panel's one seam to the board: the Web SDK's board in the app, an
// in-memory board on the demo page. Panel code asks `useBoard()` and never
// checks which one it got.
import { createContext, useContext, type ReactNode } from 'react';
import type { BoardPort } from '../board/port.ts';

const BoardContext = createContext<BoardPort | null>(null);

export interface BoardProviderProps {
  board: BoardPort;
  children?: ReactNode;
}

export function BoardProvider({ board, children }: BoardProviderProps) {
  return <BoardContext value={board}>{children}</BoardContext>;
}

export function useBoard(): BoardPort {
  const board = useContext(BoardContext);
  if (board === null) throw new Error('useBoard() needs a <BoardProvider> above it');
  return board;
}
