// What a board snapshot says beyond the journey, for the comparison: each
// note's lineage (item metadata), its `addresses: …` tags, and the connectors.
import { LINEAGE_KEY, lineageSchema } from '../../board/lineage.ts';
import type { Journey } from '../../model/journey.ts';
import { ADDRESSES_TAG_PREFIX } from '../../model/markers.ts';
import { isConnector, isSticky, isTag, type BoardSnapshot } from '../../snapshot/snapshot.ts';
import type { SideLinks } from './types.ts';

export function boardLinks(snapshot: BoardSnapshot, journey: Journey): Required<SideLinks> {
  const noteIds = new Set(journey.notes.map((note) => note.id));
  const tagTitles = new Map(snapshot.items.filter(isTag).map((tag) => [tag.id, tag.title]));
  // Entries, then fromEntries: a sticky with id "__proto__" stays a key, not the prototype.
  const lineage: [string, string][] = [];
  const addresses: [string, string[]][] = [];
  for (const item of snapshot.items) {
    if (!isSticky(item) || !noteIds.has(item.id)) continue;
    const source = lineageSchema.safeParse(snapshot.metadata[item.id]?.[LINEAGE_KEY]);
    if (source.success) lineage.push([item.id, source.data.from]);
    const values = item.tagIds.flatMap((tagId) => {
      const title = tagTitles.get(tagId) ?? '';
      return title.toLowerCase().startsWith(ADDRESSES_TAG_PREFIX) ? [title.slice(ADDRESSES_TAG_PREFIX.length).trim()] : [];
    });
    if (values.length > 0) addresses.push([item.id, values]);
  }
  const connectors = snapshot.items.filter(isConnector).flatMap((link) => {
    const start = link.start?.item;
    const end = link.end?.item;
    return start === undefined || end === undefined ? [] : [[start, end] as const];
  });
  return { lineage: Object.fromEntries(lineage), addresses: Object.fromEntries(addresses), connectors };
}
