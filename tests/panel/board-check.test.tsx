// @vitest-environment happy-dom
// The Board check view: reached from a small link under the tabs, it runs the
// real-board cases on the panel's board, shows both tables, copies the report
// as JSON, and leaves the board as it was.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { App } from '../../src/panel/App.tsx';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';

vi.mock('../../src/panel/insert/InsertTab.tsx', () => ({ default: () => <p>insert content</p> }));

afterEach(cleanup);

describe('Board check view', () => {
  it('runs from the link, shows the cases and the answers, copies JSON, and leaves the board unchanged', async () => {
    const board = new MemoryBoard({ unverified: { removeFrameRemovesChildren: false } });
    await board.createStickyNote({ x: 0, y: 0, content: '<p>someone’s work</p>' });
    const before = board.toSnapshot();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    render(
      <BoardProvider board={board}>
        <App />
      </BoardProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Board check' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Run board check' }));
    const cases = await screen.findByRole('table', { name: 'Board check results' }, { timeout: 10_000 });
    expect(within(cases).getAllByRole('row').length).toBeGreaterThan(10);
    expect(within(cases).getByText(/getMetadata \/ setMetadata on a frame/)).toBeTruthy();
    const answers = screen.getByRole('table', { name: 'Answers to the unverified questions' });
    expect(within(answers).getByText(/removeFrameRemovesChildren/).closest('td')?.textContent).toBe('removeFrameRemovesChildren: false');
    expect(screen.getByRole('status').textContent).toBe('Every case ran as Miro’s reference says. Everything the check made was removed.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    await screen.findByText('Copied the results as JSON.');
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ leftovers: [], answers: expect.any(Array) });
    expect(board.toSnapshot()).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: '← Back to the tools' }));
    expect(screen.getByRole('tablist', { name: 'Journey map tools' })).toBeTruthy();
  });
});
