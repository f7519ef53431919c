// `miro.board.get(filter)`: by id, or by type and tags (MIRO-SDK.md: no filter
// by metadata or parent, no pagination).
import type { GetFilter } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';

const list = (value: string[] | string): string[] => (Array.isArray(value) ? value : [value]);

/** Each id filter as a set, made once per filter: `get({ id: [60,000 ids] })` was quadratic. */
const idSets = new WeakMap<object, ReadonlySet<string>>();

function idSet(filter: { id: string[] | string }): ReadonlySet<string> {
  const known = idSets.get(filter);
  if (known !== undefined) return known;
  const made = new Set(list(filter.id));
  idSets.set(filter, made);
  return made;
}

/**
 * Whether `item` passes `filter`. Whether the SDK's `tags` filter takes tag
 * ids or titles is unverified: this board accepts either, so the app must not
 * lean on it; reading tags through `tagIds` and `get({ type: 'tag' })` is exact.
 * `lookup` finds a tag item by id.
 */
export function matchesFilter(item: SnapshotItem, filter: GetFilter | undefined, lookup: (id: string) => SnapshotItem | undefined): boolean {
  if (filter === undefined) return true;
  if ('id' in filter) return idSet(filter).has(item.id);
  if (filter.type !== undefined && !list(filter.type).includes(item.type)) return false;
  if (filter.tags === undefined) return true;
  const wanted = list(filter.tags);
  const tagIds: unknown = (item as Record<string, unknown>).tagIds;
  if (!Array.isArray(tagIds)) return false;
  return tagIds.some((id) => {
    if (typeof id !== 'string') return false;
    const title = (lookup(id) as Record<string, unknown> | undefined)?.title;
    return wanted.includes(id) || (typeof title === 'string' && wanted.includes(title));
  });
}
