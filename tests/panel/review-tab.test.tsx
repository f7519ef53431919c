// @vitest-environment happy-dom
// The Review tab over an in-memory board: create a future state, edit it,
// compare (the same comparison as the CLI), mark reviewed, see what changed.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { deltaBadge, signed } from '../../src/analysis/compare/wording.ts';
import { main } from '../../src/cli/main.ts';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import ReviewTab from '../../src/panel/review/ReviewTab.tsx';
import { serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { boardWithFuture, editSampleFuture, futureNote, SAMPLE_TEXTS } from '../support/future-map.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { sampleJourney } from '../support/journeys.ts';

afterEach(cleanup);

function mount(board: MemoryBoard) {
  render(
    <BoardProvider board={board}>
      <ReviewTab />
    </BoardProvider>,
  );
}

const rowsShown = () => screen.getAllByTestId('compare-stage').map((row) => [...row.children].slice(0, 4).map((cell) => cell.textContent));

describe('Review tab', () => {
  it('creates the future state of a map beside it', async () => {
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(sampleJourney()));
    mount(board);
    fireEvent.click(await screen.findByRole('button', { name: 'Create future state from this map' }));
    await screen.findByText('Created “Future state: Coffee subscription” to the right of the map.');
    expect(board.allItems().filter((item) => item.type === 'frame').map((item) => (item as { title: string }).title)).toEqual(['Coffee subscription', 'Future state: Coffee subscription']);
  });

  it('compares a map with its edited future state exactly as the CLI does', async () => {
    const pair = await boardWithFuture();
    await editSampleFuture(pair);
    mount(pair.board);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare' }));
    const headline = await screen.findByTestId('compare-headline');
    expect(headline.textContent).toBe('2 of 2 pain points addressed · 1 added, 1 removed, 2 changed · 0 regressions');
    expect(rowsShown()).toEqual([
      ['Discover', '+1.0', '–', 'no Δ'],
      ['Sign up', '−1.0', '+1.0', '▲ +2.0'],
      ['First box', '+2.0', '+2.0', '= 0.0'],
    ]);
    const cli = fakeIO({ 'board.json': serializeSnapshot(pair.board.toSnapshot()) });
    expect(await main(['compare', 'board.json', '--from', pair.currentId, '--to', pair.futureId, '--format', 'json'], cli.io)).toBe(0);
    const { comparison } = JSON.parse(cli.out()) as { comparison: { stages: { name: string; before: { mean: number | null }; after: { mean: number | null }; delta: number | null }[]; changes: { text: string }[] } };
    expect(comparison.stages.map((stage) => [stage.name, signed(stage.before.mean), signed(stage.after.mean), deltaBadge(stage.delta)])).toEqual(rowsShown());
    expect(screen.getAllByTestId('compare-change').map((item) => item.textContent?.split('“')[1]?.replace('”', ''))).toEqual(comparison.changes.map((change) => change.text));
  });

  it('adds the comparison under the two maps, and "Add" again replaces it', async () => {
    const pair = await boardWithFuture();
    await editSampleFuture(pair);
    mount(pair.board);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add comparison to the board' }));
    await screen.findByText('Added the comparison under the two maps.');
    const titles = () => pair.board.allItems().filter((item) => item.type === 'frame').map((item) => (item as { title: string }).title);
    const added = 'Current → future: Coffee subscription → Future state: Coffee subscription';
    expect(titles()).toEqual(['Coffee subscription', 'Future state: Coffee subscription', added]);
    const texts = pair.board.allItems().filter((item) => item.type === 'text').map((item) => (item as { content: string }).content);
    expect(texts.some((content) => content.includes('▲ +2.0'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add comparison to the board' }));
    await screen.findByText('Added the comparison under the two maps, replacing the earlier one.');
    expect(titles()).toEqual(['Coffee subscription', 'Future state: Coffee subscription', added]);
  });

  it('says what failed and leaves the board as it was when the comparison cannot be written', async () => {
    const pair = await boardWithFuture();
    mount(pair.board);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare' }));
    await screen.findByTestId('compare-headline');
    const before = pair.board.allItems().length;
    pair.board.failOn = (call) => call.method === 'createText';
    fireEvent.click(screen.getByRole('button', { name: 'Add comparison to the board' }));
    await screen.findByText(/^Could not add the comparison to the board: .* The board was restored/);
    expect(pair.board.allItems().length).toBe(before);
  });

  it('marks the map reviewed, then lists exactly the edits made since', async () => {
    const pair = await boardWithFuture();
    pair.board.stampsModified = true;
    mount(pair.board);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark reviewed' }));
    await screen.findByText(/^Marked reviewed on \d{4}-\d{2}-\d{2}\. A checkpoint was kept on the board\.$/);
    pair.board.externalUpdate(futureNote({ ...pair, futureId: pair.currentId }, SAMPLE_TEXTS.n5), { content: '<p>😟 Box arrives late</p>', style: { fillColor: 'orange' } }, 'alex');
    fireEvent.click(screen.getByRole('button', { name: 'What changed since the last review' }));
    await waitFor(() => expect(screen.getAllByTestId('changed-entry').map((entry) => entry.textContent?.replace(/, \d{4}-.*$/, ''))).toEqual(['First box: text, valence “Box arrives late” — alex']));
  });
});
