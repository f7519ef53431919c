// "Mark reviewed" on a map without a review line adds one to the frame; a
// failure on the way leaves no stray text on the board (found by the demo
// race property, tests/demo/races.property.test.ts).
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { setReviewDate } from '../../src/board/review-line.ts';
import { htmlToText } from '../../src/model/html.ts';
import { boardState } from '../reliability/harness.ts';
import { workshopSnapshot } from '../emotion/boards.ts';

const DAY = '2026-11-29';

function headerless(): MemoryBoard {
  return MemoryBoard.fromSnapshot(workshopSnapshot([{ text: 'Sees the ad' }]));
}

describe('setReviewDate on a map without a review line', () => {
  it('adds "Last reviewed" as a text in the frame', async () => {
    const board = headerless();
    const id = await setReviewDate(board, { snapshot: board.toSnapshot(), frameId: 'f1', day: DAY });
    expect(board.item(id)).toMatchObject({ type: 'text', parentId: 'f1' });
    expect(htmlToText(String((board.item(id) as { content?: unknown }).content))).toBe(`Last reviewed: ${DAY}`);
  });

  it('removes the new text again when linking it to the frame fails, and says the board is unchanged', async () => {
    const board = headerless();
    const before = boardState(board);
    board.failOn = (call) => call.method === 'frame.add';
    await expect(setReviewDate(board, { snapshot: board.toSnapshot(), frameId: 'f1', day: DAY })).rejects.toThrow(
      /^Could not write the review date: Injected failure on call #\d+ \(frame\.add\)\. The board is unchanged\.$/,
    );
    expect(boardState(board)).toEqual(before);
  });

  it('creates nothing when the frame cannot be fetched (deleted meanwhile, or the call fails)', async () => {
    const board = headerless();
    const snapshot = board.toSnapshot();
    const before = boardState(board);
    board.failOn = (call) => call.method === 'getById';
    await expect(setReviewDate(board, { snapshot, frameId: 'f1', day: DAY })).rejects.toThrow(/^Injected failure on call #1 \(getById\)$/);
    expect(boardState(board)).toEqual(before);
  });

  it('says both failures when the new text cannot be removed either', async () => {
    const board = headerless();
    board.failOn = (call) => call.method === 'frame.add' || call.method === 'remove';
    await expect(setReviewDate(board, { snapshot: board.toSnapshot(), frameId: 'f1', day: DAY })).rejects.toThrow(
      /^Could not write the review date \(Injected failure on call #\d+ \(frame\.add\)\), and could not remove it again \(Injected failure on call #\d+ \(remove\)\)\.$/,
    );
  });
});
