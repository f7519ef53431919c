// "Create future state from this map" on the in-memory board: the copy reads
// back as the same map of kind future state, lineage on every sticky, the
// pair in the storage collection; a failure removes the copy; a storage
// failure does not.
import { describe, expect, it } from 'vitest';
import { createFutureState, futureReviewLines, futureTitle, futureStateKey, STORAGE_COLLECTION } from '../../src/board/future-state.ts';
import { LINEAGE_KEY } from '../../src/board/lineage.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';

const AT = '2026-11-29T10:00:00.000Z';

async function boardWithMap(): Promise<{ board: MemoryBoard; frameId: string }> {
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, layoutJourney(sampleJourney()));
  return { board, frameId };
}

describe('createFutureState', () => {
  it('copies the map to its right; the copy reads back as the same map, of kind future state, each sticky pointing at its source', async () => {
    const { board, frameId } = await boardWithMap();
    const result = await createFutureState(board, { frameId, at: AT });
    const snapshot = board.toSnapshot();
    const source = readJourney(snapshot, { frameId });
    const copy = readJourney(snapshot, { frameId: result.frameId });
    if (!source.ok || !copy.ok) throw new Error('unreadable');
    expect(copy.frame.title).toBe('Future state: Coffee subscription');
    expect(copy.journey.kind).toBe('future-state');
    const strip = (notes: typeof source.journey.notes) => notes.map(({ text, valence, channel, owner, evidence, momentOfTruth }) => ({ text, valence, channel, owner, evidence, momentOfTruth }));
    expect(strip(copy.journey.notes)).toEqual(strip(source.journey.notes));
    expect(copy.journey.stages.map((stage) => stage.name)).toEqual(source.journey.stages.map((stage) => stage.name));
    expect(copy.journey.persona).toEqual(source.journey.persona);
    for (const note of copy.journey.notes) {
      const from = result.lineage[note.id];
      expect(snapshot.metadata[note.id]?.[LINEAGE_KEY]).toEqual({ from });
      expect(source.journey.notes.find((entry) => entry.id === from)?.text).toBe(note.text);
    }
    expect(Object.keys(result.lineage)).toHaveLength(source.journey.notes.length);
    const [original, copied] = [board.absoluteBox(frameId), board.absoluteBox(result.frameId)];
    expect(copied?.y).toBe(original?.y);
    expect((copied?.x ?? 0) - (copied?.width ?? 0) / 2).toBeGreaterThan((original?.x ?? 0) + (original?.width ?? 0) / 2);
    expect(await board.storage.collection(STORAGE_COLLECTION).get(futureStateKey(result.frameId))).toEqual({ from: frameId, at: AT });
    expect(result.storageError).toBeNull();
  });

  it('removes everything it created when a call fails, and says so', async () => {
    const { board, frameId } = await boardWithMap();
    const before = board.toSnapshot();
    let stickies = 0;
    board.failOn = (call) => call.method === 'createStickyNote' && ++stickies === 3;
    await expect(createFutureState(board, { frameId, at: AT })).rejects.toThrow(/^Could not copy the map: copying sticky_note \S+ failed: Injected failure on call #\d+ \(createStickyNote\)\. The board was restored\.$/);
    expect(board.toSnapshot().items).toEqual(before.items);
  });

  it('keeps the copy when the storage collection refuses the record, and reports why', async () => {
    const { board, frameId } = await boardWithMap();
    board.failOn = (call) => call.method === 'storage.set';
    const result = await createFutureState(board, { frameId, at: AT });
    expect(result.storageError).toMatch(/^Injected failure on call #\d+ \(storage\.set\)$/);
    expect(board.item(result.frameId)?.type).toBe('frame');
  });
});

describe('the future map header', () => {
  it('names the kind and the source', () => {
    expect(futureTitle('Current state: Checkout')).toBe('Future state: Checkout');
    expect(futureTitle('Checkout')).toBe('Future state: Checkout');
    expect(futureReviewLines(['Map: Current state · Last reviewed: 2026-09-01 · Review: quarterly'], 'Checkout')).toEqual([
      'Map: Future state · Last reviewed: 2026-09-01 · Review: quarterly',
      'Future state of: Checkout',
    ]);
    expect(futureReviewLines(['Last reviewed: never'], 'A & B')).toEqual(['Map: Future state', 'Last reviewed: never', 'Future state of: A & B']);
  });
});
