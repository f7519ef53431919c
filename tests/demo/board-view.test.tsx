// @vitest-environment happy-dom
// The demo board tells assistive technology how many items it holds.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardStore } from '../../src/demo/board-store.ts';
import { BoardView } from '../../src/demo/BoardView.tsx';

afterEach(cleanup);

function show(store: BoardStore) {
  render(<BoardView store={store} generation={0} state={store.getState()} onFit={() => undefined} />);
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
