// Writing app changes back over the input snapshot keeps what the parser skipped.
import { describe, expect, it } from 'vitest';
import { mergeSnapshotChanges } from '../../src/snapshot/merge.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';

const sticky = (id: string, fillColor: string) => ({ id, type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content: `<p>${id}</p>`, style: { fillColor }, tagIds: [] });

function parsed(text: string): BoardSnapshot {
  const result = parseSnapshotText(text);
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

describe('mergeSnapshotChanges', () => {
  it('replaces changed items, keeps unchanged and unreadable ones as they were, drops removed ones, appends new ones', () => {
    const input = JSON.stringify({ version: 1, extra: 'kept', items: [sticky('a', 'light_yellow'), { id: 'bad', type: 'shape', x: 'NaN' }, sticky('b', 'red'), sticky('c', 'gray')], metadata: { a: { v: 1 }, odd: 5 } });
    const before = parsed(input);
    const after: BoardSnapshot = { ...before, items: [{ ...sticky('a', 'green') }, sticky('b', 'red'), sticky('n', 'orange')] as BoardSnapshot['items'] };
    const merged = mergeSnapshotChanges(input, { before, after });
    expect(merged.dropped).toEqual([]);
    expect(JSON.parse(merged.text)).toEqual({
      version: 1,
      extra: 'kept',
      items: [sticky('a', 'green'), { id: 'bad', type: 'shape', x: 'NaN' }, sticky('b', 'red'), sticky('n', 'orange')],
      metadata: { a: { v: 1 }, odd: 5 },
    });
  });

  it('leaves out, and names, an unreadable item too deeply nested to write back', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const input = `{ "version": 1, "items": [{ "id": "deep", "type": "image", "data": ${deep} }, ${JSON.stringify(sticky('a', 'red'))}] }`;
    const before = parsed(input);
    const merged = mergeSnapshotChanges(input, { before, after: before });
    expect(merged.dropped).toEqual(['item 0 (id deep): left out of the file written, nested too deeply to write']);
    expect(JSON.parse(merged.text).items).toEqual([sticky('a', 'red')]);
  });
});
