// The Insert tab on an in-memory board, as the panel and the hostile-import tests drive it.
import { render, screen } from '@testing-library/react';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import InsertTab from '../../src/panel/insert/InsertTab.tsx';

export function mountInsertTab(board = new MemoryBoard()): MemoryBoard {
  render(
    <BoardProvider board={board}>
      <InsertTab />
    </BoardProvider>,
  );
  return board;
}

/** The stage names in the tab's editor, in order. */
export const stageNames = () => screen.getAllByRole('textbox', { name: /^stage \d+ name$/ }).map((input) => (input as HTMLInputElement).value);
