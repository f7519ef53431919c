// A fast-check arbitrary of valid board snapshots, already in the form
// `parseSnapshot` returns (defaults filled in), so `parseSnapshot` of one
// gives it back unchanged. Items of every known type plus unknown types,
// unknown extra fields, frames with children, tags on stickies, connectors
// between existing items, item metadata and optional app data. Numbers are
// finite and never -0 (JSON turns -0 into 0); the result is plain JSON data.
import fc from 'fast-check';
import type { BoardSnapshot, Json, SnapshotItem } from '../../src/snapshot/snapshot.ts';
import { STICKY_COLORS } from '../../src/model/valence.ts';

const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }).map((value) => (Object.is(value, -0) ? 0 : value));
const size = fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e5 }).map((value) => (Object.is(value, -0) ? 0 : value));
const html = fc.string({ maxLength: 40 }).map((text) => `<p>${text}</p>`);
const jsonObject = fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constant('__proto__')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) as fc.Arbitrary<Record<string, Json>>;
/** Extra fields a newer SDK might report; prefixed so they never clash with known ones. */
const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).map((key) => `x_${key}`), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });

type Draft = Record<string, unknown> & { type: string };

const box = { x: coordinate, y: coordinate, width: size, height: size };
const drafts: fc.Arbitrary<Draft>[] = [
  fc.record({ type: fc.constant('frame'), title: fc.string({ maxLength: 20 }), ...box, style: fc.record({ fillColor: fc.constant('#ffffff') }) }),
  fc.record({ type: fc.constant('shape'), shape: fc.constantFrom('rectangle', 'round_rectangle', 'circle'), ...box, content: html }),
  fc.record({
    type: fc.constant('sticky_note'),
    shape: fc.constantFrom('square', 'rectangle'),
    ...box,
    content: html,
    style: fc.record({ fillColor: fc.oneof(fc.constantFrom(...STICKY_COLORS), fc.constant('unknown')) }),
  }),
  fc.record({ type: fc.constant('text'), x: coordinate, y: coordinate, width: size, content: html }),
  fc.record({ type: fc.constant('tag'), title: fc.string({ minLength: 1, maxLength: 30 }), color: fc.constantFrom('red', 'blue', 'green') }),
  fc.record({ type: fc.constant('connector'), shape: fc.constantFrom('curved', 'straight', 'elbowed') }),
  fc.record({ type: fc.constantFrom('image', 'card', 'embed', 'group', 'mindmap_node'), x: coordinate, y: coordinate }),
];

/** Links drafts into a consistent board: ids, frame children, tags on stickies, connector ends. */
function link(drafted: readonly { draft: Draft; extra: Record<string, unknown>; pick: number }[]): SnapshotItem[] {
  const ids = drafted.map((_, index) => `item-${index + 1}`);
  const frames = ids.filter((_, index) => drafted[index]?.draft.type === 'frame');
  const tags = ids.filter((_, index) => drafted[index]?.draft.type === 'tag');
  const placed = ids.filter((_, index) => !['tag', 'connector', 'frame'].includes(drafted[index]?.draft.type ?? ''));
  const items = drafted.map(({ draft, extra, pick }, index): Record<string, unknown> => {
    const item: Record<string, unknown> = { ...extra, ...draft, id: ids[index] };
    const frame = frames.length > 0 && draft.type !== 'tag' && draft.type !== 'frame' && pick % 2 === 0 ? frames[pick % frames.length] : undefined;
    if (draft.type !== 'tag') item.parentId = frame ?? null;
    if (draft.type === 'sticky_note') item.tagIds = tags.filter((_, tagIndex) => (pick >> tagIndex) % 2 === 1).slice(0, 8);
    if (draft.type === 'connector') {
      const ends = placed.length > 0 ? [placed[pick % placed.length], placed[(pick >> 3) % placed.length]] : [];
      item.start = ends[0] === undefined ? {} : { item: ends[0] };
      item.end = ends[1] === undefined ? {} : { item: ends[1], snapTo: 'left' };
    }
    return item;
  });
  for (const frameId of frames) {
    const frame = items.find((item) => item.id === frameId);
    if (frame !== undefined) frame.childrenIds = items.filter((item) => item.parentId === frameId).map((item) => item.id);
  }
  return items as SnapshotItem[];
}

export interface SnapshotArbitraryOptions {
  maxItems?: number; // default 30
}

export function snapshotArbitrary(options: SnapshotArbitraryOptions = {}): fc.Arbitrary<BoardSnapshot> {
  const entry = fc.record({ draft: fc.oneof(...drafts), extra: extras, pick: fc.nat() });
  return fc
    .record({
      entries: fc.array(entry, { maxLength: options.maxItems ?? 30 }),
      metadataPicks: fc.array(fc.tuple(fc.nat(), jsonObject), { maxLength: 4 }),
      appData: fc.option(jsonObject, { nil: undefined }),
    })
    .map(({ entries, metadataPicks, appData }) => {
      const items = link(entries);
      const metadata: BoardSnapshot['metadata'] = {};
      const holders = items.filter((item) => item.type !== 'tag'); // tags carry no metadata in the SDK
      for (const [pick, data] of metadataPicks) {
        const item = holders[pick % Math.max(1, holders.length)];
        if (item !== undefined) metadata[item.id] = data;
      }
      const snapshot: BoardSnapshot = { version: 1, items, metadata };
      if (appData !== undefined) snapshot.appData = appData;
      // Through JSON once: fc.jsonValue may hold -0, which JSON text cannot.
      return JSON.parse(JSON.stringify(snapshot)) as BoardSnapshot;
    });
}
