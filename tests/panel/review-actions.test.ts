// "Mark reviewed", checkpoints in storage, and "What changed since the last
// review" on the in-memory board that stamps modifiedAt / modifiedBy.
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, KEEP_PER_FRAME, listCheckpoints, loadCheckpoint, saveCheckpoint } from '../../src/board/checkpoint-store.ts';
import { STORAGE_COLLECTION } from '../../src/board/future-state.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { htmlToText } from '../../src/model/html.ts';
import { markCheckpoint, whatChangedNow } from '../../src/panel/review/actions.ts';
import { switchPalette } from '../../src/panel/emotions/actions.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';

const NOW = new Date('2026-11-29T10:00:00.000Z');

async function setup() {
  const board = new MemoryBoard({ stampsModified: true, userId: 'app-user' });
  const { frameId } = await writePlan(board, layoutJourney(sampleJourney()));
  const noteId = (text: string) => {
    const read = readJourney(board.toSnapshot(), { frameId });
    const found = read.ok ? read.journey.notes.find((note) => note.text === text) : undefined;
    if (found === undefined) throw new Error(text);
    return found.id;
  };
  return { board, frameId, noteId };
}

describe('markCheckpoint', () => {
  it('writes the review date on the header and keeps a checkpoint of the map in storage', async () => {
    const { board, frameId } = await setup();
    const result = await markCheckpoint(board, { frameId, kind: 'review', note: 'Quarterly walk-through', by: 'Sam', now: NOW });
    expect(result.storageError).toBeNull();
    const header = board.allItems().find((item) => item.parentId === frameId && htmlToText(String((item as { content?: unknown }).content ?? '')).startsWith('Map:'));
    expect(htmlToText(String((header as { content: string }).content))).toBe('Map: Current state · Last reviewed: 2026-11-29 · Review: quarterly');
    expect(result.checkpoint).toMatchObject({ kind: 'review', by: 'Sam', note: 'Quarterly walk-through', at: '2026-11-29T10:00:00.000Z', frameId });
    expect(result.checkpoint.journey.review.lastReviewed).toBe('2026-11-29');
    const entries = await listCheckpoints(board, { frameId });
    expect(entries).toEqual([{ id: String(NOW.getTime()), at: NOW.toISOString(), kind: 'review', parts: 1 }]);
    expect(await loadCheckpoint(board, { frameId, entry: entries[0] as (typeof entries)[0] })).toEqual(result.checkpoint);
  });

  it('still updates the header when storage fails, and hands back the checkpoint to download', async () => {
    const { board, frameId } = await setup();
    board.failOn = (call) => call.method === 'storage.set';
    const result = await markCheckpoint(board, { frameId, kind: 'milestone', note: '', by: 'Sam', now: NOW });
    expect(result.storageError).toMatch(/^Injected failure on call #\d+ \(storage\.set\)$/);
    expect(result.checkpoint.journey.review.lastReviewed).toBe('2026-11-29');
  });

  // Found by the demo race property (tests/demo/races.property.test.ts): the bare read error said nothing of the date written.
  it('says the review date is written when reading the map afterwards fails', async () => {
    const { board, frameId } = await setup();
    board.failOn = (call) => call.method === 'getSelection' && board.callCount('sync') > 0;
    await expect(markCheckpoint(board, { frameId, kind: 'review', note: '', by: 'Sam', now: NOW })).rejects.toThrow(
      /^Wrote the review date 2026-11-29 on the map, but could not take the checkpoint: Injected failure on call #\d+ \(getSelection\)$/,
    );
    const read = readJourney(board.toSnapshot(), { frameId });
    expect(read.ok && read.journey.review.lastReviewed).toBe('2026-11-29');
  });
});

describe('the safety checkpoint', () => {
  it('is taken of the map before its palette is switched, and the switch goes ahead when storage fails', async () => {
    const { board, frameId } = await setup();
    await switchPalette(board, { to: 'colour-blind', report: () => undefined, addLegend: false });
    expect((await listCheckpoints(board, { frameId })).map((entry) => entry.kind)).toEqual(['safety']);
    const [entry] = await listCheckpoints(board, { frameId });
    const stored = (await loadCheckpoint(board, { frameId, entry: entry as NonNullable<typeof entry> })) as { note: string; journey: { palette: string } };
    expect([stored.note, stored.journey.palette]).toEqual(['before switching to the colour-blind palette', 'classic']);
    board.failOn = (call) => call.method === 'storage.set';
    const back = await switchPalette(board, { to: 'classic', report: () => undefined, addLegend: false });
    expect(back.message).toMatch(/^Switched to the classic palette: \d+ items changed\.$/);
  });
});

describe('whatChangedNow', () => {
  it('lists exactly the edits made since the review, with who and when; the app’s own header write is not one', async () => {
    const { board, frameId, noteId } = await setup();
    await markCheckpoint(board, { frameId, kind: 'review', note: '', by: 'Sam', now: NOW });
    board.externalUpdate(noteId('Fills in a long form'), { content: '<p>🙂 Fills in a short form</p>', style: { fillColor: 'light_green' } }, 'alex');
    board.externalRemove(noteId('Will the next roast be as good?'));
    const result = await whatChangedNow(board, { frameId });
    if (result.source !== 'checkpoint') throw new Error(result.source);
    expect(result.entries.map(({ change, what, text, by }) => ({ change, what, text, by }))).toEqual([
      { change: 'changed', what: ['text', 'valence'], text: 'Fills in a short form', by: 'alex' },
      { change: 'removed', what: [], text: 'Will the next roast be as good?', by: null },
    ]);
  });

  it('without a checkpoint, lists the items modified after the header’s review date', async () => {
    const { board, frameId, noteId } = await setup();
    board.externalUpdate(noteId('Sign up with email only'), { content: '<p>Sign up with a magic link</p>' }, 'alex');
    const result = await whatChangedNow(board, { frameId });
    if (result.source !== 'review-date') throw new Error(result.source);
    expect(result.day).toBe('2026-09-01');
    // Written by the insert today too: everything is newer than the review date, the edit first.
    expect(result.items[0]).toMatchObject({ text: 'Sign up with a magic link', by: 'alex' });
  });
});

describe('the checkpoint store', () => {
  it('splits a large checkpoint across keys under 64 KB and reads it back whole', async () => {
    const board = new MemoryBoard();
    const value = { text: 'é"\\'.repeat(40_000) };
    await saveCheckpoint(board, { frameId: 'f1', entry: { id: 'a', at: NOW.toISOString(), kind: 'milestone' }, value });
    const [entry] = await listCheckpoints(board, { frameId: 'f1' });
    expect(entry?.parts).toBe(Math.ceil(JSON.stringify(value).length / CHUNK_CHARS));
    expect(await loadCheckpoint(board, { frameId: 'f1', entry: entry as NonNullable<typeof entry> })).toEqual(value);
  });

  it(`keeps the newest ${KEEP_PER_FRAME} per frame and removes the parts of older ones`, async () => {
    const board = new MemoryBoard();
    for (let index = 0; index < KEEP_PER_FRAME + 2; index++) {
      await saveCheckpoint(board, { frameId: 'f1', entry: { id: `c${index}`, at: NOW.toISOString(), kind: 'safety' }, value: { index } });
    }
    const entries = await listCheckpoints(board, { frameId: 'f1' });
    expect(entries.map((entry) => entry.id)).toEqual(Array.from({ length: KEEP_PER_FRAME }, (_, index) => `c${index + 2}`));
    const keys = Object.keys(board.toSnapshot().storage?.[STORAGE_COLLECTION] ?? {});
    expect(keys).toHaveLength(KEEP_PER_FRAME + 1);
    expect(keys).not.toContain('checkpoint:f1:c0:0');
  });
});
