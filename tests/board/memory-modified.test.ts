// The in-memory board stamps modifiedAt / modifiedBy as Miro does, when asked:
// the app's writes as its user, other people's edits as theirs.
import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { readBoard } from '../../src/board/reader.ts';
import { modifiedTimes } from '../../src/snapshot/modified.ts';
import { FakeClock } from '../support/clock.ts';

describe('modifiedAt and modifiedBy on the in-memory board', () => {
  it('stamps creation and sync as the app user, and an outside edit as someone else, at the clock’s time', async () => {
    const clock = new FakeClock(Date.parse('2026-11-29T10:00:00.000Z'));
    const board = new MemoryBoard({ clock, stampsModified: true, userId: 'sam' });
    const sticky = await board.createStickyNote({ content: '<p>Hi</p>', x: 0, y: 0 });
    expect(board.item(sticky.id)).toMatchObject({ modifiedAt: '2026-11-29T10:00:00.000Z', modifiedBy: 'sam' });
    await clock.advance(60_000);
    board.externalUpdate(sticky.id, { content: '<p>Hello</p>' });
    expect(board.item(sticky.id)).toMatchObject({ modifiedAt: '2026-11-29T10:01:00.000Z', modifiedBy: 'another-user' });
    await clock.advance(60_000);
    Object.assign(sticky, { content: '<p>Hey</p>' });
    await sticky.sync();
    const { snapshot } = await readBoard(board);
    expect(modifiedTimes(snapshot).get(sticky.id)).toEqual({ at: '2026-11-29T10:02:00.000Z', by: 'sam' });
  });

  it('stamps nothing unless asked, and never a tag', async () => {
    const plain = new MemoryBoard();
    const sticky = await plain.createStickyNote({ content: '<p>Hi</p>' });
    expect(Object.keys(plain.item(sticky.id) ?? {})).not.toContain('modifiedAt');
    const stamping = new MemoryBoard({ stampsModified: true });
    const tag = await stamping.createTag({ title: 'channel: web' });
    expect(Object.keys(stamping.item(tag.id) ?? {})).not.toContain('modifiedAt');
  });
});
