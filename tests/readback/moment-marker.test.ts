// The moment-of-truth star: written at the end of the sticky's text, read back
// with or without the tag, and never left in the note's text.
import { describe, expect, it } from 'vitest';
import { readMomentMarker, withMomentMarker } from '../../src/model/markers.ts';
import { readNoteContent, readTagMeanings } from '../../src/readback/notes.ts';
import type { SnapshotSticky } from '../../src/snapshot/snapshot.ts';

const sticky = (content: string, tagIds: string[] = []): SnapshotSticky => ({ id: 's1', type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content, tagIds, style: { fillColor: 'orange' } });

function read(content: string, tagIds: string[] = []) {
  const context = { palette: 'classic' as const, warnings: [] as string[], conflicts: [], tags: readTagMeanings(new Map([['t1', 'moment of truth']])) };
  return readNoteContent({ sticky: sticky(content, tagIds), laneKind: 'touchpoints' }, context);
}

describe('the moment-of-truth marker', () => {
  it('is added once at the end, and read off again (with or without the emoji variation selector)', () => {
    expect(withMomentMarker('Pays')).toBe('Pays ⭐');
    expect(withMomentMarker('Pays ⭐')).toBe('Pays ⭐');
    expect(readMomentMarker('Pays ⭐️ ')).toEqual({ marked: true, rest: 'Pays' });
    expect(readMomentMarker('⭐ rated app')).toEqual({ marked: false, rest: '⭐ rated app' });
  });

  it('marks a sticky as a moment of truth on readback, from the star alone, the tag alone, or both', () => {
    expect(read('<p>😟 Pays at the till ⭐</p>')).toMatchObject({ text: 'Pays at the till', valence: -1, momentOfTruth: true });
    expect(read('<p>Pays at the till</p>', ['t1'])).toMatchObject({ text: 'Pays at the till', momentOfTruth: true });
    expect(read('<p>Pays at the till ⭐</p>', ['t1'])).toMatchObject({ text: 'Pays at the till', momentOfTruth: true });
    expect(read('<p>Pays at the till</p>')).toMatchObject({ momentOfTruth: false });
  });
});
