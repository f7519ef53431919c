import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/board/errors.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { watchErrors } from '../../bench/error-watch.ts';

describe('watchErrors', () => {
  it('reports failed calls on the board and on the items it returns, and passes everything else through', async () => {
    const errors: unknown[] = [];
    const board = new MemoryBoard({ creditsPerMinute: 100 });
    const watched = watchErrors(board, (error) => errors.push(error));
    const frame = await watched.createFrame({ title: 'f', x: 0, y: 0, width: 400, height: 400 });
    const sticky = await watched.createStickyNote({ content: 'a', x: 0, y: 0 });
    expect(errors).toEqual([]);
    await expect(frame.add(sticky)).rejects.toThrow('The API rate limit was exceeded');
    await expect(watched.viewport.get()).rejects.toThrow('The API rate limit was exceeded');
    expect(errors.map((error) => classifyError(error).kind)).toEqual(['rate-minute', 'rate-minute']);
    expect(board.allItems().map((item) => item.type)).toEqual(['frame', 'sticky_note']);
  });
});
