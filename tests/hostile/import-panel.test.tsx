// @vitest-environment happy-dom
// The hostile import files through the panel's Insert tab: an invalid file
// makes no board call at all and leaves the map being edited as it was; a
// valid hostile file, once inserted, reads back from the board literally.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInsertTab, stageNames } from '../panel/insert-tab-support.tsx';
import { readJourney } from '../../src/readback/read-journey.ts';
import { CSV_CASES, JSON_CASES, fileText, type FileCase } from './file-cases.ts';

afterEach(cleanup);


function choose(entry: FileCase): void {
  const name = entry.name.includes('.') ? entry.name : `${entry.name}.${entry.name.startsWith('notes') ? 'csv' : 'json'}`;
  const file = new File([fileText(entry)], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
  fireEvent.change(screen.getByLabelText('Import a journey (JSON or CSV)'), { target: { files: [file] } });
}

const invalid = [...JSON_CASES, ...CSV_CASES].filter((entry) => !entry.ok);

describe('Insert tab with hostile import files', { timeout: 60_000 }, () => {
  it.each(invalid.map((entry) => [entry.name, entry] as const))('%s: lists the errors, changes nothing, calls no board method', async (_name, entry) => {
    const board = mountInsertTab();
    const before = stageNames();
    choose(entry);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/was not imported \(\d+ problems?\); nothing changed:/);
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual((entry.errors ?? []).slice(0, 20));
    expect(stageNames()).toEqual(before);
    expect(board.calls).toEqual([]);
  });

  it('inserts a CSV full of markup and a formula, and the board reads back every text literally', async () => {
    const board = mountInsertTab();
    const entry = CSV_CASES.find((candidate) => candidate.name === 'notes-html-formula.csv');
    if (entry === undefined) throw new Error('corpus file missing');
    choose(entry);
    await waitFor(() => expect(stageNames()).toEqual(['Discover', 'Sign up']));
    fireEvent.click(screen.getByRole('button', { name: 'Insert journey map' }));
    await screen.findByText(/^Inserted /, {}, { timeout: 5000 });
    const read = readJourney(board.toSnapshot());
    if (!read.ok) throw new Error(read.message);
    expect(read.journey.notes.map((note) => note.text).sort()).toEqual([...(entry.literals ?? [])].sort());
  });
});
