// @vitest-environment happy-dom
// The demo keeps the app's storage collections across reloads.
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { KEPT_STORAGE_KEY, keepStorage, keptStorage } from '../../src/demo/kept-storage.ts';

beforeEach(() => localStorage.clear());

describe('kept storage', () => {
  it('writes each change to local storage and hands it to the next page load', async () => {
    const board = new MemoryBoard();
    keepStorage(board);
    await board.storage.collection('journey-map').set('checkpoints:f1', { entries: [] });
    expect(keptStorage()).toEqual({ 'journey-map': { 'checkpoints:f1': { entries: [] } } });
    const next = MemoryBoard.fromSnapshot({ version: 1, items: [], metadata: {}, storage: keptStorage() ?? {} });
    expect(await next.storage.collection('journey-map').get('checkpoints:f1')).toEqual({ entries: [] });
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem(KEPT_STORAGE_KEY, '{not json');
    expect(keptStorage()).toBeUndefined();
    localStorage.setItem(KEPT_STORAGE_KEY, '[1,2]');
    expect(keptStorage()).toBeUndefined();
  });
});
