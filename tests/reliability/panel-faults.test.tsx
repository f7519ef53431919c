// @vitest-environment happy-dom
// What a person sees when a board call fails: the Insert and Emotions tabs on
// a board already in use, with call k failing, for k spread over a clean run.
// The panel says what failed and that the board was restored, and it was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBoard, type MemoryBoardOptions } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import EmotionsTab from '../../src/panel/emotions/EmotionsTab.tsx';
import InsertTab from '../../src/panel/insert/InsertTab.tsx';
import { boardState } from './harness.ts';

afterEach(cleanup);

// Under happy-dom import.meta.url is not a file URL: read from the repository root.
const parsed = parseSnapshotText(readFileSync(resolve('tests/fixtures/board-handmade-coffee.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const coffee = parsed.snapshot;
const fresh = (options: MemoryBoardOptions = {}) => MemoryBoard.fromSnapshot(coffee, options);

/** About `count` indices spread evenly over 1…calls, always including the first and the last. */
function spread(calls: number, count: number): number[] {
  return [...new Set(Array.from({ length: count }, (_, index) => 1 + Math.round((index * (calls - 1)) / (count - 1))))];
}

async function insertWith(board: MemoryBoard): Promise<HTMLElement> {
  render(
    <BoardProvider board={board}>
      <InsertTab />
    </BoardProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Insert journey map' }));
  return screen.findByText(/^(Inserted |Could not insert)/, {}, { timeout: 10_000 });
}

describe('the Insert tab when a call fails', { timeout: 120_000 }, () => {
  it('says what failed and that the board was restored, and the board is as it was', async () => {
    const clean = fresh();
    await insertWith(clean);
    const calls = clean.calls.length;
    cleanup();
    for (const k of spread(calls, 10)) {
      const board = fresh({ failOn: k });
      const before = boardState(board);
      const message = await insertWith(board);
      expect(message.getAttribute('role'), `k=${k}`).toBe('alert');
      expect(message.textContent, `k=${k}`).toMatch(new RegExp(`^Could not insert the journey map: .+ failed: Injected failure on call #${k} \\(.+\\)\\. The board was restored: `));
      expect(boardState(board), `k=${k}`).toEqual(before);
      cleanup();
    }
  });
});

describe('the Emotions tab when a sync fails', { timeout: 60_000 }, () => {
  it('says the recolour failed and what it restored, and every colour is back', async () => {
    const board = fresh();
    render(
      <BoardProvider board={board}>
        <EmotionsTab />
      </BoardProvider>,
    );
    board.select(['cs-1']);
    fireEvent.click(screen.getByLabelText(/Recompute stickies already coloured/));
    fireEvent.click(screen.getByRole('button', { name: 'Preview recolour' }));
    const apply = await screen.findByRole('button', { name: 'Apply recolour' });
    let syncs = 0;
    board.failOn = (call) => call.method === 'sync' && ++syncs === 2;
    // Colours and texts: a sync also writes back the style defaults the SDK reports (textAlign…), which the fixture leaves out.
    const looks = () => board.allItems().map((item) => [item.id, (item as { style?: { fillColor?: unknown } }).style?.fillColor, (item as { content?: unknown }).content]);
    const before = looks();
    fireEvent.click(apply);
    // A whole-map recolour first keeps a safety checkpoint (a board read and storage writes): more than findBy's default second on a loaded machine.
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toMatch(/^Update failed on item \S+: Injected failure on call #\d+ \(sync\); restored the \d+ item\(s\) already changed\.$/);
    expect(looks()).toEqual(before);
  });
});
