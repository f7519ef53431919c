// @vitest-environment happy-dom
// The Gaps tab over an in-memory board: run, read the findings, point at one,
// fix one and see the check change, choose between frames, download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import GapsTab from '../../src/panel/gaps/GapsTab.tsx';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';

afterEach(cleanup);

function boardFrom(path: string): MemoryBoard {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return MemoryBoard.fromSnapshot(parsed.snapshot);
}

function setup(path = 'board-handmade-coffee.json') {
  const board = boardFrom(path);
  render(
    <BoardProvider board={board}>
      <GapsTab />
    </BoardProvider>,
  );
  return board;
}

async function run(label = 'Run gap check') {
  fireEvent.click(screen.getByRole('button', { name: label }));
  await screen.findByRole('button', { name: 'Run gap check again' });
}

describe('Gaps tab', () => {
  it('offers both fix-its on a marker that the colour contradicts, and the chosen one settles it', async () => {
    const board = setup();
    board.externalUpdate('cs-5', { style: { fillColor: 'red' } });
    await run();
    const group = document.querySelector<HTMLElement>('.jm-finding-group[data-rule="valence-conflict"]');
    if (group === null) throw new Error('no valence-conflict group');
    expect(within(group).getByText('1 sticky has a marker and a colour that disagree')).toBeTruthy();
    const finding = within(group).getByRole('button', { name: /marker says/ }).closest('li') as HTMLElement;
    expect(within(finding).getByRole('button', { name: /marker says/ }).textContent).toContain('marker says 😍 +2, colour says red −2');
    expect(within(finding).getByRole('button', { name: 'Marker to match colour' })).toBeTruthy();
    fireEvent.click(within(finding).getByRole('button', { name: 'Colour to match marker' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Colour to match marker: done\. Checked/));
    expect((board.item('cs-5') as { style: { fillColor: string } }).style.fillColor).toBe('green');
    expect(document.querySelector('.jm-finding-group[data-rule="valence-conflict"]')).toBeNull();
  });

  it('lists the lanes as read and writes a corrected kind to the label, then checks again', async () => {
    const board = setup();
    await run();
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind of lane Thinking' });
    expect(picker.value).toBe('thoughts');
    fireEvent.change(picker, { target: { value: 'emotions' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Lane read as Emotions\. Checked/));
    expect(board.toSnapshot().metadata['cs-l1']).toEqual({ laneKind: 'emotions' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind of lane Thinking' }).value).toBe('emotions');
  });

  it('shows the completeness score and why, the gaps grouped by rule with counts, the insights apart', async () => {
    setup();
    await run();
    expect(screen.getByTestId('gaps-score').textContent).toBe('65');
    expect(screen.getByTestId('gaps-losses').textContent).toContain('Incomplete persona: 1 of 1 (−10)');
    expect(screen.getByRole('status').textContent).toBe('Checked "Coffee subscription (hand-made)": 15 findings.');
    const errors = screen.getByRole('region', { name: 'Errors' });
    expect(within(errors).getByRole('heading').textContent).toBe('Errors (1)');
    expect(within(errors).getByText('1 stage has no touchpoint')).toBeTruthy();
    expect(within(errors).getByRole('button', { name: /Stage "Renew" has no touchpoint/ }).textContent).toBe('RenewStage "Renew" has no touchpoint');
    expect(within(errors).getByText(/A stage where the customer does nothing visible/)).toBeTruthy();
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(within(warnings).getByText('3 touchpoints and opportunities have no owner')).toBeTruthy();
    const insights = screen.getByRole('region', { name: 'What the map says about the customer' });
    expect(within(insights).getByText('The mood drops sharply once')).toBeTruthy();
  });

  it('moves focus to the result after running the check, not to the page body', async () => {
    setup();
    screen.getByRole('button', { name: 'Run gap check' }).focus();
    await run();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('gaps-result')));
  });

  it('selects every item of a rule on the board at once', async () => {
    const board = setup();
    await run();
    fireEvent.click(screen.getByRole('button', { name: 'Select all 3 on the board: 3 touchpoints and opportunities have no owner' }));
    await waitFor(() => expect([...board.selectedIds()].sort()).toEqual(['cs-2', 'cs-4', 'cs-5']));
  });

  it('zooms the board to a finding and selects its items', async () => {
    const board = setup();
    await run();
    const before = board.viewportNow();
    fireEvent.click(screen.getByRole('button', { name: /Mood drops from/ }));
    await waitFor(() => expect(board.selectedIds()).toEqual(['cs-2']));
    const view = board.viewportNow();
    expect(view).not.toEqual(before);
    const sticky = board.absoluteBox('cs-2');
    expect(sticky !== undefined && sticky.x > view.x && sticky.x < view.x + view.width).toBe(true);
  });

  it('describes each fix button by the finding it answers', async () => {
    setup();
    await run();
    const fix = screen.getByRole('button', { name: 'Add an empty touchpoint' });
    const finding = document.getElementById(fix.getAttribute('aria-describedby') ?? '');
    expect(finding?.textContent).toContain('Renew');
  });

  it('adds an empty touchpoint in the empty cell, selects it, and the gap stays until someone writes in it', async () => {
    const board = setup();
    await run();
    const count = board.allItems().length;
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty touchpoint' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add an empty touchpoint: done; write in the new sticky\. Checked/));
    expect(board.allItems()).toHaveLength(count + 1);
    const added = board.allItems().find((item) => item.type === 'sticky_note' && (item as { content?: unknown }).content === '<p></p>');
    expect(added).toBeDefined();
    await waitFor(() => expect(board.selectedIds()).toEqual([added?.id]));
    expect(screen.getByRole('region', { name: 'Errors' })).toBeTruthy();
    expect(screen.getByText(/An empty sticky in "Renew" \/ "Doing": fill it in/)).toBeTruthy();
  });

  it('says which fix is running while it runs, with one ellipsis', async () => {
    setup();
    await run();
    fireEvent.click(screen.getByRole('button', { name: 'Add an empty touchpoint' }));
    expect(screen.getByRole('status').textContent).toBe('Add an empty touchpoint…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add an empty touchpoint: done/));
  });

  it('adds an empty opportunity for a negative touchpoint that has none; the finding stays until it is filled', async () => {
    const board = setup();
    board.externalRemove('cs-4');
    await run();
    const errors = screen.getByRole('region', { name: 'Errors' });
    fireEvent.click(within(errors).getByRole('button', { name: 'Add an empty opportunity' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add an empty opportunity: done/));
    expect(screen.getByText('Stage "Sign up" has a negative touchpoint and no opportunity')).toBeTruthy();
    expect(screen.getByText(/An empty sticky in "Sign up" \/ "Ideas": fill it in/)).toBeTruthy();
  });

  it('reflects edits made on the board when run again', async () => {
    const board = setup();
    await run();
    board.externalUpdate('cs-5', { content: '<p>Box arrives late</p>', style: { fillColor: 'red' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run gap check again' }));
    expect(await screen.findByText('"First box" is the lowest point of the journey (average -2)')).toBeTruthy();
  });

  it('asks which frame when two hold a map, and checks the one chosen', async () => {
    setup('readback/two-maps.json');
    fireEvent.click(screen.getByRole('button', { name: 'Run gap check' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Which map? 2 frames hold a journey map: choose one below, or select its frame on the board.');
    fireEvent.click(screen.getByRole('button', { name: 'Check “Map B”' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Checked "Map B": 8 findings.'));
  });

  it('offers the report, the model and the notes as downloads', async () => {
    setup();
    await run();
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Report (.md)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Notes (.csv)' }));
    await waitFor(() => expect(made).toHaveLength(2));
    expect(await made[0]?.text()).toMatch(/^# Gap check: Coffee subscription/);
    expect((await made[1]?.text())?.split('\n')[0]).toBe('stage,lane,text,valence,channel,owner,evidence,moment_of_truth');
    expect(click).toHaveBeenCalledTimes(2);
  });

  it('says which download could not be made, and why', async () => {
    setup();
    await run();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('blobs are off');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Model (.json)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not make coffee-subscription-hand-made.json: blobs are off');
  });
});
