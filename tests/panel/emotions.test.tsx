// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EmotionsTab from '../../src/panel/emotions/EmotionsTab.tsx';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { WORKSHOP, boardOf, colours, workshopSnapshot } from '../emotion/boards.ts';
import { sampleJourney } from '../support/journeys.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { switchPalette } from '../../src/panel/emotions/actions.ts';

afterEach(cleanup);

function setup() {
  const board = boardOf(workshopSnapshot(WORKSHOP));
  render(
    <BoardProvider board={board}>
      <EmotionsTab />
    </BoardProvider>,
  );
  return board;
}

describe('Emotions tab', () => {
  it('previews the recolour, applies it, and undoes it', async () => {
    const board = setup();
    const before = colours(board);
    board.select(['s2']);
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    expect((await screen.findByTestId('recolour-summary')).textContent).toBe('8 stickies: 1 red, 2 orange, 1 gray, 1 light green, 2 green, 1 unchanged');
    expect(screen.getByText('Very negative, from sentiment of its text')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply recolour' }));
    expect((await screen.findByRole('status')).textContent).toBe('Recoloured 8 stickies: 1 red, 2 orange, 1 gray, 1 light green, 2 green, 1 unchanged.');
    expect(colours(board)).toMatchObject({ s1: 'red', s3: 'gray', s5: 'green', s8: 'red' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo recolour' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Undone: 7 items changed.'));
    expect(colours(board)).toEqual(before);
  });

  it('moves focus to the result after an action', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    await screen.findByTestId('recolour-summary');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('emotions-result')));
  });

  it('names the palettes as the Insert tab does', () => {
    setup();
    expect(screen.getAllByRole('radio', { name: /palette$/ }).map((radio) => radio.closest('label')?.textContent)).toEqual(['Classic palette', 'Colour-blind safe palette']);
  });

  it('says so when nothing is selected for a selection recolour', async () => {
    setup();
    fireEvent.click(screen.getByLabelText('The selected stickies'));
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No sticky note is selected: select some, or recolour the whole journey frame.');
  });

  it('marks the selected stickies with colour and emoji marker from five labelled buttons', async () => {
    const board = setup();
    board.select(['s3']);
    const buttons = screen.getAllByRole('button').filter((button) => button.classList.contains('jm-mark-button'));
    expect(buttons.map((button) => button.textContent)).toEqual(['😡 Very negative', '😟 Negative', '😐 Neutral', '🙂 Positive', '😍 Very positive']);
    fireEvent.click(screen.getByRole('button', { name: /Very negative/ }));
    expect((await screen.findByRole('status')).textContent).toBe('Marked 1 selected sticky: 1 item changed.');
    expect(board.item('s3')).toMatchObject({ content: '<p>😡 Opens the app</p>', style: { fillColor: 'red' } });
  });

  it('asks for a selection before marking', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: /Very positive/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('No sticky note is selected: select the stickies to mark first.');
  });

  it('starts on the palette the map reads as, asks before writing a legend on a map without one, then switches and can undo', async () => {
    const board = setup();
    board.select(['s1']);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Classic palette' })).toHaveProperty('checked', true));
    fireEvent.click(screen.getByRole('radio', { name: 'Colour-blind safe palette' }));
    fireEvent.click(screen.getByRole('button', { name: 'Switch the map to this palette' }));
    expect((await screen.findByRole('status')).textContent).toBe('This map has no legend saying which palette it uses: switch and add one?');
    expect(colours(board).s8).toBe('red');
    fireEvent.click(screen.getByRole('button', { name: 'Switch and add a legend' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Switched to the colour-blind palette: 1 item changed. Added a legend naming the palette at the frame’s top right.'));
    expect(colours(board).s8).toBe('orange');
    expect(board.allItems().some((item) => item.type === 'text' && /legend.*colour-blind/i.test(String((item as { content?: unknown }).content)))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo palette switch' }));
    await waitFor(() => expect(colours(board).s8).toBe('red'));
  });

  it('keeps the colours when the person declines to add a legend', async () => {
    const board = setup();
    board.select(['s1']);
    fireEvent.click(screen.getByRole('radio', { name: 'Colour-blind safe palette' }));
    fireEvent.click(screen.getByRole('button', { name: 'Switch the map to this palette' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the colours' }));
    expect(colours(board).s8).toBe('red');
    expect(screen.getByRole('button', { name: 'Switch the map to this palette' })).toBeTruthy();
  });
});

describe('Emotions tab on a board with two maps', () => {
  it('asks which map with the same buttons as the Gaps tab, then works on the one chosen', async () => {
    const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/readback/two-maps.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    render(
      <BoardProvider board={MemoryBoard.fromSnapshot(parsed.snapshot)}>
        <EmotionsTab />
      </BoardProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    expect((await screen.findByRole('status')).textContent).toBe('Which map? 2 frames hold a journey map: choose one below, or select its frame on the board.');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use “Map B”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    expect((await screen.findByTestId('recolour-summary')).textContent).toMatch(/^\d+ stick/);
    expect(screen.queryByRole('button', { name: 'Use “Map A”' })).toBeNull();
  });
});

describe('palette switch and the gap check', () => {
  it('loses no finding on a map without a legend: the legend written with the switch says how to read the new colours', async () => {
    const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const board = MemoryBoard.fromSnapshot(parsed.snapshot);
    const findings = () => {
      const result = gapCheck(board.toSnapshot(), { today: '2026-11-22' });
      if (!result.ok) throw new Error(result.message);
      return result.findings.map((finding) => `${finding.rule} ${finding.itemIds.join(',')}`);
    };
    const before = findings();
    const switched = await switchPalette(board, { to: 'colour-blind', report: () => undefined, addLegend: true });
    expect(switched.applied.length).toBeGreaterThan(0);
    expect(findings()).toEqual(before);
    await expect(switchPalette(MemoryBoard.fromSnapshot(parsed.snapshot), { to: 'colour-blind', report: () => undefined, addLegend: false })).rejects.toThrow(
      'This map has no legend: add one with the switch, or the gap check reads the new colours as unrated.',
    );
  });
});

describe('Emotions tab: the curve', () => {
  it('refreshes the emotion curve after a touchpoint is recoloured, then says it is up to date', async () => {
    const journey = sampleJourney();
    journey.lanes.splice(2, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(journey));
    const sticky = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes('long form'));
    board.externalUpdate(sticky?.id ?? '', { content: '<p>😍 Fills in a long form</p>', style: { fillColor: 'green' } });
    board.select([sticky?.id ?? '']);
    render(
      <BoardProvider board={board}>
        <EmotionsTab />
      </BoardProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refresh curve' }));
    expect((await screen.findByRole('status')).textContent).toBe('Curve refreshed: 1 moved, 0 added, 0 removed, 0 linked.');
    fireEvent.click(screen.getByRole('button', { name: 'Refresh curve' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The curve is up to date.'));
  });
});

describe('Emotions tab: the curve on a board without a map', () => {
  it('says no journey map was found, as the Gaps tab does', async () => {
    render(
      <BoardProvider board={new MemoryBoard()}>
        <EmotionsTab />
      </BoardProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refresh curve' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No journey map found: the board has no frame.');
  });
});
