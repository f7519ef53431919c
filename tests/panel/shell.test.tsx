// @vitest-environment happy-dom
// The panel shell: tabs (click, arrow keys, roving focus, lazy tabs kept
// mounted), the board seam, the selection hook, the shared progress and
// status pieces.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { App } from '../../src/panel/App.tsx';
import { BoardProvider, useBoard } from '../../src/panel/BoardContext.tsx';
import { Tabs } from '../../src/panel/Tabs.tsx';

// The tabs' contents belong to other parts of the panel: stand-ins keep this test about the shell.
vi.mock('../../src/panel/insert/InsertTab.tsx', () => ({ default: () => <p>insert content</p> }));
vi.mock('../../src/panel/emotions/EmotionsTab.tsx', () => ({ default: () => <p>emotions content</p> }));
vi.mock('../../src/panel/gaps/GapsTab.tsx', () => ({ default: () => <p>gaps content</p> }));
vi.mock('../../src/panel/data/DataTab.tsx', () => ({ default: () => <p>data content</p> }));
vi.mock('../../src/panel/review/ReviewTab.tsx', () => ({ default: () => <p>review content</p> }));

afterEach(cleanup);

function renderApp() {
  return render(
    <BoardProvider board={new MemoryBoard()}>
      <App />
    </BoardProvider>,
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selectedTabs = () => screen.getAllByRole('tab').filter((element) => element.getAttribute('aria-selected') === 'true').map((element) => element.textContent);
const focusableTabs = () => screen.getAllByRole('tab').filter((element) => element.tabIndex === 0).map((element) => element.textContent);

describe('App tabs', () => {
  it('shows Insert, Emotions, Gaps, Data and Review in a labelled tab list, Insert selected and loaded', async () => {
    renderApp();
    expect(screen.getByRole('tablist', { name: 'Journey map tools' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((element) => element.textContent)).toEqual(['Insert', 'Emotions', 'Gaps', 'Data', 'Review']);
    expect(selectedTabs()).toEqual(['Insert']);
    expect(await screen.findByText('insert content')).toBeTruthy();
    expect(screen.queryByText('emotions content')).toBeNull();
  });

  it('switches on click, and keeps a visited tab mounted but hidden', async () => {
    renderApp();
    await screen.findByText('insert content');
    fireEvent.click(tab('Gaps'));
    expect(selectedTabs()).toEqual(['Gaps']);
    expect(await screen.findByText('gaps content')).toBeTruthy();
    const insertPanel = screen.getByText('insert content').closest('[role=tabpanel]');
    expect(insertPanel?.hasAttribute('hidden')).toBe(true);
    const gapsPanel = screen.getByRole('tabpanel', { name: 'Gaps' });
    expect(gapsPanel.hasAttribute('hidden')).toBe(false);
    expect(gapsPanel.getAttribute('aria-labelledby')).toBe(tab('Gaps').id);
    expect(tab('Gaps').getAttribute('aria-controls')).toBe(gapsPanel.id);
  });

  it('moves selection and focus with the arrow keys, Home and End, wrapping around', async () => {
    renderApp();
    tab('Insert').focus();
    const keys: [string, string][] = [
      ['ArrowRight', 'Emotions'],
      ['ArrowRight', 'Gaps'],
      ['ArrowRight', 'Data'],
      ['ArrowRight', 'Review'],
      ['ArrowRight', 'Insert'],
      ['ArrowLeft', 'Review'],
      ['Home', 'Insert'],
      ['End', 'Review'],
    ];
    for (const [key, expected] of keys) {
      fireEvent.keyDown(document.activeElement ?? document.body, { key });
      expect(selectedTabs()).toEqual([expected]);
      expect(document.activeElement?.textContent).toBe(expected);
      expect(focusableTabs()).toEqual([expected]);
    }
    expect(await screen.findByText('emotions content')).toBeTruthy();
  });

  it('ignores other keys', () => {
    renderApp();
    fireEvent.keyDown(tab('Insert'), { key: 'a' });
    fireEvent.keyDown(tab('Insert'), { key: 'ArrowDown' });
    expect(selectedTabs()).toEqual(['Insert']);
  });
});

describe('Tabs', () => {
  it('shows why a tab crashed, and the other tabs keep working', async () => {
    function Broken(): never {
      throw new Error('board exploded');
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Tabs
        label="Tools"
        tabs={[
          { id: 'a', label: 'Broken', Component: Broken },
          { id: 'b', label: 'Fine', Component: () => <p>fine content</p> },
        ]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('The Broken tab stopped: board exploded. Reload the panel to try again.');
    fireEvent.click(tab('Fine'));
    expect(await screen.findByText('fine content')).toBeTruthy();
  });
});

describe('useBoard', () => {
  it('hands the provided board to the panel', () => {
    const board = new MemoryBoard();
    let seen: unknown;
    function Probe() {
      seen = useBoard();
      return null;
    }
    render(
      <BoardProvider board={board}>
        <Probe />
      </BoardProvider>,
    );
    expect(seen).toBe(board);
  });

  it('fails with a clear message outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Probe() {
      useBoard();
      return null;
    }
    expect(() => render(<Probe />)).toThrow('useBoard() needs a <BoardProvider> above it');
  });
});
