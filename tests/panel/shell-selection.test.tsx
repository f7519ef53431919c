// @vitest-environment happy-dom
// useSelection follows the board's selection; ProgressBar and StatusMessage
// say what they show to assistive technology too.
import { act, cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardItem } from '../../src/board/port.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import { ProgressBar } from '../../src/panel/ProgressBar.tsx';
import { StatusMessage } from '../../src/panel/StatusMessage.tsx';
import { useSelection } from '../../src/panel/useSelection.ts';

afterEach(cleanup);

function SelectionProbe() {
  const { items, error } = useSelection();
  return (
    <p data-testid="selection">
      {error ?? (items.map((item) => item.id).join(',') || 'none')}
    </p>
  );
}

const shown = () => screen.getByTestId('selection').textContent;

async function boardWithStickies(count: number, options: ConstructorParameters<typeof MemoryBoard>[0] = {}) {
  const board = new MemoryBoard(options);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.push((await board.createStickyNote({ content: `<p>note ${index}</p>`, x: index * 250, y: 0 })).id);
  }
  return { board, ids };
}

function mount(board: MemoryBoard) {
  return render(
    <BoardProvider board={board}>
      <SelectionProbe />
    </BoardProvider>,
  );
}

describe('useSelection', () => {
  it('reads the selection once on mount', async () => {
    const { board, ids } = await boardWithStickies(3);
    board.select([ids[0] ?? '', ids[2] ?? '']);
    mount(board);
    await act(async () => undefined);
    expect(shown()).toBe(`${ids[0]},${ids[2]}`);
    expect(board.callCount('getSelection')).toBe(1);
  });

  it('follows select() on the board', async () => {
    const { board, ids } = await boardWithStickies(3);
    mount(board);
    await act(async () => undefined);
    expect(shown()).toBe('none');
    act(() => board.select([ids[1] ?? '']));
    expect(shown()).toBe(ids[1]);
    act(() => board.select([]));
    expect(shown()).toBe('none');
  });

  it('keeps an update that arrives while the first read is still on its way', async () => {
    const { board, ids } = await boardWithStickies(2);
    const stale = await board.getById(ids[0] ?? '');
    let answer: (items: BoardItem[]) => void = () => undefined;
    vi.spyOn(board, 'getSelection').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    mount(board);
    act(() => board.select([ids[1] ?? '']));
    await act(async () => answer([stale]));
    expect(shown()).toBe(ids[1]);
  });

  it('says when the first read fails', async () => {
    const { board } = await boardWithStickies(1, { failOn: (call) => call.method === 'getSelection' });
    mount(board);
    await act(async () => undefined);
    expect(shown()).toBe('Could not read the selection: Injected failure on call #2 (getSelection)');
  });

  it('unsubscribes the same handler on unmount', async () => {
    const { board } = await boardWithStickies(1);
    const on = vi.spyOn(board.ui, 'on');
    const off = vi.spyOn(board.ui, 'off');
    const view = mount(board);
    await act(async () => undefined);
    const subscribed = on.mock.calls.filter(([event]) => String(event) === 'selection:update');
    expect(subscribed).toHaveLength(1);
    view.unmount();
    expect(off.mock.calls.filter(([event]) => String(event) === 'selection:update')).toEqual(subscribed);
  });

  it('starts afresh on another board', async () => {
    const first = await boardWithStickies(1);
    const second = await boardWithStickies(1);
    first.board.select(first.ids);
    const view = mount(first.board);
    await act(async () => undefined);
    expect(shown()).toBe(first.ids[0]);
    view.rerender(
      <BoardProvider board={second.board}>
        <SelectionProbe />
      </BoardProvider>,
    );
    expect(shown()).toBe('none');
  });
});

describe('ProgressBar', () => {
  it('reports done of total, clamped, to sight and to assistive technology', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 40 }), (done, total) => {
        cleanup();
        render(<ProgressBar done={done} total={total} label="Inserting sticky notes" />);
        const bar = screen.getByRole('progressbar', { name: 'Inserting sticky notes' });
        const now = Math.min(Math.max(0, done), total);
        expect(bar.getAttribute('aria-valuenow')).toBe(String(now));
        expect(bar.getAttribute('aria-valuemax')).toBe(String(total));
        expect(screen.getByText(`${now} / ${total}`)).toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });
});

describe('StatusMessage', () => {
  it('is an alert for errors and a status otherwise, with the text as text', () => {
    render(
      <>
        <StatusMessage kind="error" text="<b>Insert failed</b>" />
        <StatusMessage kind="success" text="Inserted 12 items" />
        <StatusMessage kind="info" text="Reading the board" />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('<b>Insert failed</b>');
    expect(screen.getAllByRole('status').map((element) => element.textContent)).toEqual(['Inserted 12 items', 'Reading the board']);
    expect(document.querySelector('b')).toBeNull();
  });
});
