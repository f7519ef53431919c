// @vitest-environment happy-dom
// The Gaps tab's "Download board snapshot": the whole board, read now, as the
// snapshot file the command line reads; no gap check needed first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import GapsTab from '../../src/panel/gaps/GapsTab.tsx';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { main } from '../../src/cli/main.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { fakeIO } from '../cli/fake-io.ts';

afterEach(cleanup);

const COFFEE = readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8');

function setup() {
  const parsed = parseSnapshotText(COFFEE);
  if (!parsed.ok) throw new Error(parsed.error);
  const board = MemoryBoard.fromSnapshot(parsed.snapshot);
  render(
    <BoardProvider board={board}>
      <GapsTab />
    </BoardProvider>,
  );
  const made: { blob: Blob; name: string }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    made.push({ blob: blob as Blob, name: '' });
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = made.at(-1);
    if (last !== undefined) last.name = this.download;
  });
  return { board, made };
}

it('downloads a snapshot that the command line checks like the board', async () => {
  const { made } = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Download board snapshot' }));
  await waitFor(() => expect(made).toHaveLength(1));
  expect(made[0]?.name).toBe('board-snapshot.json');
  const text = (await made[0]?.blob.text()) ?? '';
  const fromDownload = fakeIO({ 'download.json': text });
  const fromFixture = fakeIO({ 'fixture.json': COFFEE });
  expect(await main(['check', 'download.json', '--format', 'json', '--today', '2026-11-29'], fromDownload.io)).toBe(1);
  expect(await main(['check', 'fixture.json', '--format', 'json', '--today', '2026-11-29'], fromFixture.io)).toBe(1);
  expect(fromDownload.out()).toBe(fromFixture.out());
});

it('says when the board could not be read', async () => {
  const { board } = setup();
  board.failOn = (call) => call.method === 'get';
  fireEvent.click(screen.getByRole('button', { name: 'Download board snapshot' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not make board-snapshot\.json: /);
  expect(screen.getByRole('button', { name: 'Download board snapshot' })).toHaveProperty('disabled', false);
});
