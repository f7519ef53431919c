// The app's board storage on the in-memory board (docs/miro-board.md, "Metadata and
// storage"): 64 KB per key with Miro's documented text, onValue at once and for
// every subscriber, every call credited and logged, kept in the snapshot.
import { describe, expect, it } from 'vitest';
import type { Json } from '@mirohq/websdk-types';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { MAX_STORAGE_VALUE_BYTES } from '../../src/board/limits.ts';
import { parseSnapshot } from '../../src/snapshot/snapshot.ts';

describe('storage.collection', () => {
  it('sets, gets and removes a value per collection and key', async () => {
    const board = new MemoryBoard();
    const checkpoints = board.storage.collection('checkpoints');
    expect(await checkpoints.get('f1')).toBeUndefined();
    await checkpoints.set('f1', { at: '2026-11-01', stickies: 3 });
    await board.storage.collection('other').set('f1', 'elsewhere');
    expect(await checkpoints.get('f1')).toEqual({ at: '2026-11-01', stickies: 3 });
    expect(await board.storage.collection('other').get('f1')).toBe('elsewhere');
    await checkpoints.remove('f1');
    expect(await checkpoints.get('f1')).toBeUndefined();
    expect(board.calls.map((call) => call.method)).toEqual([
      'storage.get', 'storage.set', 'storage.set', 'storage.get', 'storage.get', 'storage.remove', 'storage.get',
    ]);
  });

  it('hands out copies: changing a value read does not change the stored one', async () => {
    const board = new MemoryBoard();
    const collection = board.storage.collection('c');
    const value = { list: [1, 2] };
    await collection.set('k', value);
    value.list.push(3);
    const read = (await collection.get<{ list: number[] }>('k')) as { list: number[] };
    read.list.push(4);
    expect(await collection.get('k')).toEqual({ list: [1, 2] });
  });

  it('refuses a value over 64 KB with the documented text, and keeps the old one', async () => {
    const board = new MemoryBoard();
    const collection = board.storage.collection('c');
    await collection.set('k', 'old');
    const atLimit = 'x'.repeat(MAX_STORAGE_VALUE_BYTES - 2); // the JSON string's two quotes count
    await collection.set('k2', atLimit);
    await expect(collection.set('k', 'x'.repeat(MAX_STORAGE_VALUE_BYTES))).rejects.toThrow(
      'The data storage limit for "storage" has been exceeded.',
    );
    expect(await collection.get('k')).toBe('old');
    expect(await collection.get('k2')).toBe(atLimit);
  });

  it('onValue fires at once with the current value, then on every change for every subscriber, until offValue', async () => {
    const board = new MemoryBoard();
    const collection = board.storage.collection('c');
    await collection.set('k', 1);
    const first: (Json | undefined)[] = [];
    const second: (Json | undefined)[] = [];
    const onFirst = (value: Json | undefined) => void first.push(value);
    const onSecond = (value: Json | undefined) => void second.push(value);
    await collection.onValue('k', onFirst);
    await board.storage.collection('c').onValue('k', onSecond);
    await collection.set('k', 2);
    await collection.set('other', 9);
    await collection.offValue('k', onFirst);
    await collection.remove('k');
    expect(first).toEqual([1, 2]);
    expect(second).toEqual([1, 2, undefined]);
  });

  it('spends credits like any other call and fails as the rate limit says', async () => {
    const board = new MemoryBoard({ creditsPerMinute: 100 });
    const collection = board.storage.collection('c');
    await collection.set('k', 1);
    await collection.get('k');
    await expect(collection.get('k')).rejects.toThrow(/rate limit/i);
  });

  it('survives a snapshot round trip, and the parser keeps good collections beside a bad one', async () => {
    const board = new MemoryBoard();
    await board.storage.collection('checkpoints').set('f1', { n: 1 });
    const snapshot = board.toSnapshot();
    expect(snapshot.storage).toEqual({ checkpoints: { f1: { n: 1 } } });
    const again = MemoryBoard.fromSnapshot(snapshot);
    expect(await again.storage.collection('checkpoints').get('f1')).toEqual({ n: 1 });
    expect(new MemoryBoard().toSnapshot()).not.toHaveProperty('storage');

    const parsed = parseSnapshot({ version: 1, items: [], storage: { good: { k: [1] }, bad: 'text' } });
    expect(parsed.ok && parsed.snapshot.storage).toEqual({ good: { k: [1] } });
    expect(parsed.ok && parsed.warnings).toEqual(['storage collection bad: ignored, not a JSON object']);
    const notObject = parseSnapshot({ version: 1, items: [], storage: [1] });
    expect(notObject.ok && notObject.warnings).toEqual(['storage: ignored, not an object of collections']);
  });
});
