// @vitest-environment happy-dom
// The demo board tells assistive technology how many items it holds.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardStore } from '../../src/demo/board-store.ts';
import { BoardView } from '../../src/demo/BoardView.tsx';
import { EditHistory } from '../../src/demo/edit/history.ts';
import { useBoardEdits } from '../../src/demo/edit/useBoardEdits.ts';

afterEach(cleanup);

function Shown({ store }: { store: BoardStore }) {
  const edits = useBoardEdits(store.board, new EditHistory(() => undefined));
  return <BoardView store={store} generation={0} state={store.getState()} edits={edits} onFit={() => undefined} />;
}

function show(store: BoardStore) {
  render(<Shown store={store} />);
  return screen.getByRole('group', { name: /^Board,/ }).getAttribute('aria-label');
}

describe('BoardView', () => {
  it('counts its items with the right noun', async () => {
    const store = new BoardStore(new MemoryBoard());
    await store.board.createStickyNote({ content: '<p>One</p>' });
    expect(show(store)).toMatch(/^Board, 1 item, 0 selected\. /);
    cleanup();
    await store.board.createStickyNote({ content: '<p>Two</p>' });
    expect(show(store)).toMatch(/^Board, 2 items, 0 selected\. /);
  });
});
