// @vitest-environment happy-dom
// The once-a-day notice on opening the panel when a map's review is overdue.
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { remindIfOverdue } from '../../src/panel/review/reminder.ts';
import { sampleJourney } from '../support/journeys.ts';

beforeEach(() => localStorage.clear());

describe('remindIfOverdue', () => {
  it('shows one notice a day for an overdue map, none the same day again, one the next day', async () => {
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(sampleJourney())); // reviewed 2026-09-01, quarterly: due 2026-12-01
    const text = 'Review overdue: “Coffee subscription”. Open the Review tab to mark it reviewed.';
    expect(await remindIfOverdue(board, new Date('2026-12-10T09:00:00Z'))).toBe(text);
    expect(await remindIfOverdue(board, new Date('2026-12-10T17:00:00Z'))).toBeNull();
    expect(await remindIfOverdue(board, new Date('2026-12-11T09:00:00Z'))).toBe(text);
    expect(board.notificationLog).toEqual([
      { kind: 'info', message: text },
      { kind: 'info', message: text },
    ]);
  });

  it('says nothing about a map that is not overdue', async () => {
    const board = new MemoryBoard();
    await writePlan(board, layoutJourney(sampleJourney()));
    expect(await remindIfOverdue(board, new Date('2026-10-01T09:00:00Z'))).toBeNull();
    expect(board.notificationLog).toEqual([]);
  });
});
