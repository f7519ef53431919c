// The in-memory board serialises to and from a board snapshot without loss.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StickyNoteItem } from '../../src/board/port.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshot, parseSnapshotText, serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { snapshotArbitrary } from '../support/snapshots.ts';

describe('MemoryBoard ⇄ snapshot', () => {
  it('the generated snapshots are what parseSnapshot returns (so the properties below start from parsed input)', () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
        expect(parsed).toEqual({ ok: true, snapshot, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('snapshot → MemoryBoard → snapshot is the identity', () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        const copy = structuredClone(snapshot);
        expect(MemoryBoard.fromSnapshot(snapshot).toSnapshot()).toEqual(copy);
        expect(snapshot).toEqual(copy); // the board keeps no reference to its input
      }),
      { numRuns: 300 },
    );
  });

  it('survives serialising to text and parsing it back', () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        const text = serializeSnapshot(MemoryBoard.fromSnapshot(snapshot).toSnapshot());
        const parsed = parseSnapshotText(text);
        expect(parsed.ok && parsed.snapshot).toEqual(snapshot);
      }),
      { numRuns: 100 },
    );
  });

  it('reads every item of a snapshot back through the SDK surface', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbitrary({ maxItems: 12 }), async (snapshot) => {
        const board = MemoryBoard.fromSnapshot(snapshot);
        const items = await board.get();
        expect(items.map((item) => item.id)).toEqual(snapshot.items.map((item) => item.id));
        for (const [id, data] of Object.entries(snapshot.metadata)) {
          const item = (await board.getById(id)) as StickyNoteItem;
          // Frames and unsupported items hold no metadata on a real board; a snapshot may still carry some.
          if (!['sticky_note', 'shape', 'text', 'connector'].includes(item.type)) continue;
          expect(await item.getMetadata()).toEqual(data);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the metadata of an item whose id is __proto__', async () => {
    const parsed = parseSnapshotText('{"version":1,"items":[{"id":"__proto__","type":"shape","x":0,"y":0,"width":1,"height":1}],"metadata":{"__proto__":{"k":1}}}');
    if (!parsed.ok) throw new Error(parsed.error);
    const board = MemoryBoard.fromSnapshot(parsed.snapshot);
    expect(JSON.stringify(board.toSnapshot().metadata)).toBe('{"__proto__":{"k":1}}');
    expect(await ((await board.getById('__proto__')) as StickyNoteItem).getMetadata()).toEqual({ k: 1 });
  });

  it('round-trips the hand-made example board, and keeps changes made through the SDK', async () => {
    const parsed = parseSnapshotText(readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const board = MemoryBoard.fromSnapshot(parsed.snapshot);
    expect(board.toSnapshot()).toEqual(parsed.snapshot);
    const sticky = await board.createStickyNote({ content: '<p>new</p>' });
    await sticky.setMetadata('app', 'journey-map');
    await board.setAppData('maps', ['cs-frame']);
    const again = MemoryBoard.fromSnapshot(board.toSnapshot()).toSnapshot();
    expect(again).toEqual(board.toSnapshot());
    expect(again.metadata[sticky.id]).toEqual({ app: 'journey-map' });
    expect(again.appData).toEqual({ maps: ['cs-frame'] });
  });
});
