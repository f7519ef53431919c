// What a snapshot says beyond the journey, for the comparison: lineage from
// item metadata (parsed, not trusted), `addresses:` tags, connectors.
import { describe, expect, it } from 'vitest';
import { boardLinks } from '../../../src/analysis/compare/board-links.ts';
import { compareSources } from '../../../src/analysis/compare/compare-sources.ts';
import type { BoardSnapshot } from '../../../src/snapshot/snapshot.ts';
import { boardWithFuture } from '../../support/future-map.ts';
import { sampleJourney } from '../../support/journeys.ts';

const sticky = (id: string, tagIds: string[] = []) => ({ id, type: 'sticky_note', parentId: 'f', shape: 'square' as const, x: 0, y: 0, width: 10, height: 10, content: '', tagIds });

describe('boardLinks', () => {
  it('reads lineage, addresses tags and connector ends; ignores malformed lineage', () => {
    const snapshot: BoardSnapshot = {
      version: 1,
      items: [
        sticky('n1'),
        sticky('n4', ['t1', 't2']),
        sticky('n5'),
        { id: 't1', type: 'tag', title: 'Addresses: too many fields' },
        { id: 't2', type: 'tag', title: 'owner: product' },
        { id: 'c1', type: 'connector', start: { item: 'n4' }, end: { item: 'n2' } },
        { id: 'c2', type: 'connector', start: { item: 'n4' } },
      ],
      metadata: { n1: { journeyMap: { from: 'source-1' } }, n5: { journeyMap: { from: 42 } } },
    };
    expect(boardLinks(snapshot, sampleJourney())).toEqual({ lineage: { n1: 'source-1' }, addresses: { n4: ['too many fields'] }, connectors: [['n4', 'n2']] });
  });
});

describe('compareSources', () => {
  it('refuses to compare a frame with itself, and names the side it cannot read', async () => {
    const { board, currentId } = await boardWithFuture();
    const snapshot = board.toSnapshot();
    expect(compareSources({ from: { snapshot, frameId: currentId }, to: { snapshot, frameId: currentId } })).toEqual({ ok: false, reason: 'unreadable', message: `from and to are the same frame (${currentId})` });
    expect(compareSources({ from: { snapshot, frameId: currentId }, to: { snapshot, frameId: 'nope' } })).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringMatching(/^to: no frame has id "nope"/) });
  });
});
