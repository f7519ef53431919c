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
    const finding = screen.getByRole('button', { name: /Marker and colour disagree/ }).closest('li') as HTMLElement;
    expect(within(finding).getByRole('button', { name: /Marker and colour disagree/ }).textContent).toContain('marker says 😍 +2, colour says red −2');
    expect(within(finding).getByRole('button', { name: 'Marker to match colour' })).toBeTruthy();
    fireEvent.click(within(finding).getByRole('button', { name: 'Colour to match marker' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Colour to match marker: done\. Checked/));
    expect((board.item('cs-5') as { style: { fillColor: string } }).style.fillColor).toBe('green');
    expect(screen.queryByRole('button', { name: /Marker and colour disagree/ })).toBeNull();
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

  it('shows the score and the findings grouped by severity, with stage and advice', async () => {
    setup();
    await run();
    expect(screen.getByTestId('gaps-score').textContent).toBe('58');
    expect(screen.getByRole('status').textContent).toBe('Checked "Coffee subscription (hand-made)": 15 findings.');
    const errors = screen.getByRole('region', { name: 'Errors' });
    expect(within(errors).getByRole('heading').textContent).toBe('Errors (1)');
    expect(within(errors).getByRole('button', { name: /Stage without touchpoints/ }).textContent).toBe('Stage without touchpointsRenewStage "Renew" has no touchpoint');
    expect(within(errors).getByText(/A stage where the customer does nothing visible/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Warnings' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Info' })).toBeTruthy();
  });

  it('zooms the board to a finding and selects its items', async () => {
    const board = setup();
    await run();
    const before = board.viewportNow();
    fireEvent.click(screen.getByRole('button', { name: /Emotional drop/ }));
    await waitFor(() => expect(board.selectedIds()).toEqual(['cs-2']));
    const view = board.viewportNow();
    expect(view).not.toEqual(before);
    const sticky = board.absoluteBox('cs-2');
    expect(sticky !== undefined && sticky.x > view.x && sticky.x < view.x + view.width).toBe(true);
  });

  it('describes each fix button by the finding it answers', async () => {
    setup();
    await run();
    const fix = screen.getByRole('button', { name: 'Add placeholder' });
    const finding = document.getElementById(fix.getAttribute('aria-describedby') ?? '');
    expect(finding?.textContent).toContain('Renew');
  });

  it('adds a placeholder in the empty cell, and the check run after it no longer finds the gap', async () => {
    const board = setup();
    await run();
    const count = board.allItems().length;
    fireEvent.click(screen.getByRole('button', { name: 'Add placeholder' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add placeholder: done\. Checked/));
    expect(board.allItems()).toHaveLength(count + 1);
    expect(screen.queryByRole('region', { name: 'Errors' })).toBeNull();
  });

  it('says which fix is running while it runs, with one ellipsis', async () => {
    setup();
    await run();
    fireEvent.click(screen.getByRole('button', { name: 'Add placeholder' }));
    expect(screen.getByRole('status').textContent).toBe('Add placeholder…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add placeholder: done\./));
  });

  it('adds an opportunity for a negative touchpoint that has none', async () => {
    const board = setup();
    board.externalRemove('cs-4');
    await run();
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Add opportunity: done\./));
    const added = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: unknown }).content).includes('Opportunity'));
    expect((added as { content: string }).content).toBe('<p>Opportunity: fix "Checkout asks for an account first"</p>');
    expect(screen.queryByText(/Negative moment without an opportunity/)).toBeNull();
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
    expect((await screen.findByRole('alert')).textContent).toBe('Which map? 2 frames hold a journey map (a-frame "Map A", b-frame "Map B"): select one, or pass its id.');
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
