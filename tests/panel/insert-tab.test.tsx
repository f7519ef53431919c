// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { htmlToText } from '../../src/model/html.ts';
import { mountInsertTab, stageNames } from './insert-tab-support.tsx';

afterEach(cleanup);

const shapeTexts = (board: MemoryBoard) =>
  board
    .allItems()
    .filter((item) => item.type === 'shape')
    .map((item) => htmlToText(String((item as { content?: unknown }).content ?? '')));

describe('Insert tab', () => {
  it('starts from a preset and switches to another preset and kind', () => {
    mountInsertTab();
    expect(stageNames()).toEqual(['Trial sign-up', 'Onboarding', 'First value', 'Purchase', 'Renewal']);
    fireEvent.change(screen.getByLabelText('Start from'), { target: { value: 'blank' } });
    expect(stageNames()).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase', 'Loyalty']);
    fireEvent.change(screen.getByLabelText('Map kind'), { target: { value: 'service-blueprint' } });
    const lanes = screen.getAllByRole('textbox', { name: /^lane \d+ name$/ }).map((input) => (input as HTMLInputElement).value);
    expect(lanes).toContain('Backstage');
  });

  it('names the palettes as the Emotions tab does', () => {
    mountInsertTab();
    const options = within(screen.getByLabelText('Colours')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Classic palette', 'Colour-blind safe palette']);
  });

  it('moves lanes up and down, under their own heading', () => {
    mountInsertTab();
    const lanes = screen.getByRole('group', { name: 'Lanes (top to bottom)' });
    const laneNames = () => within(lanes).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);
    const [first, second] = laneNames();
    fireEvent.click(within(lanes).getByRole('button', { name: `Move ${second} up` }));
    expect(laneNames().slice(0, 2)).toEqual([second, first]);
    expect((within(lanes).getByRole('button', { name: `Move ${second} up` }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('group', { name: 'Stages (left to right)' })).toBeTruthy();
  });

  it('adds, renames, reorders and removes stages with buttons', () => {
    mountInsertTab();
    fireEvent.change(screen.getByLabelText('Start from'), { target: { value: 'blank' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(stageNames().at(-1)).toBe('New stage');
    fireEvent.change(screen.getByRole('textbox', { name: 'stage 6 name' }), { target: { value: 'Advocacy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move Advocacy left' }));
    expect(stageNames().slice(-2)).toEqual(['Advocacy', 'Loyalty']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Awareness' }));
    expect(stageNames()).toEqual(['Consideration', 'Decision', 'Purchase', 'Advocacy', 'Loyalty']);
    expect((screen.getByRole('button', { name: 'Move Consideration left' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('inserts the edited map with progress and says so', async () => {
    const board = mountInsertTab();
    fireEvent.change(screen.getByRole('textbox', { name: 'stage 1 name' }), { target: { value: 'Free trial' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Our trial' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert journey map' }));
    expect(screen.getByRole('progressbar', { name: 'Inserting the map' })).toBeTruthy();
    const status = await screen.findByRole('status', {}, { timeout: 5000 });
    await waitFor(() => expect(status.textContent).toMatch(/^Inserted “Our trial”: \d+ items in a new frame\.$/));
    expect(board.allItems().filter((item) => item.type === 'frame').map((item) => (item as { title?: unknown }).title)).toEqual(['Our trial']);
    expect(shapeTexts(board)).toContain('Free trial');
  });

  it('shows the failure and leaves the board as it was', async () => {
    const board = new MemoryBoard({ failOn: (call) => call.method === 'createFrame' });
    mountInsertTab(board);
    fireEvent.click(screen.getByRole('button', { name: 'Insert journey map' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not insert the journey map: creating the frame failed: .*The board was restored/);
    expect(board.allItems()).toEqual([]);
  });

  it('cancelled part-way: removes what it made and says the board is as it was, not as an error', async () => {
    // Each call takes a few milliseconds, so the cancel lands while children are being written.
    const board = new MemoryBoard({ latencyMs: 5 });
    mountInsertTab(board);
    fireEvent.click(screen.getByRole('button', { name: 'Insert journey map' }));
    await waitFor(() => expect(Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(3), { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const status = await screen.findByText(/^Cancelled: the board is as it was; the \d+ items it had made \(frame, tags and children\) were removed\.$/, {}, { timeout: 10_000 });
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(board.allItems()).toEqual([]);
  });

  it('lists CSV row errors and keeps the map unchanged', async () => {
    mountInsertTab();
    const input = screen.getByLabelText('Import a journey (JSON or CSV)');
    const file = new File(['stage,lane,text,valence\nA,Doing,x,9\n,Doing,y,1\n'], 'notes.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'row 2, column valence: expected a whole number from -2 to 2, or empty; got "9"',
      'row 3, column stage: empty; every row names its stage',
    ]);
    expect(stageNames()[0]).toBe('Trial sign-up');
  });

  it('imports a valid CSV as the map to insert', async () => {
    mountInsertTab();
    const file = new File(['stage;lane;text;valence\nLook;Doing;Browses;1\nBuy;Doing;Pays;-1\n'], 'shop.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Import a journey (JSON or CSV)'), { target: { files: [file] } });
    await waitFor(() => expect(stageNames()).toEqual(['Look', 'Buy']));
    expect(screen.getByRole('status').textContent).toBe('Imported shop.csv: 2 stages, 1 lane, 2 notes.');
  });

  it('says a file that cannot be read was not imported', async () => {
    mountInsertTab();
    const file = new File(['stage,lane,text'], 'gone.csv', { type: 'text/csv' });
    file.text = () => Promise.reject(new Error('the file was moved'));
    fireEvent.change(screen.getByLabelText('Import a journey (JSON or CSV)'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('gone.csv was not imported (1 problem); nothing changed:the file was moved');
    expect(stageNames()[0]).toBe('Trial sign-up');
  });
});
