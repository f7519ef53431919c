// `miro.board.get(filter)`: by id, or by type (docs/miro-board.md: no filter by
// metadata or parent, no pagination). The `tags` filter is refused before it
// gets here: whether Miro takes tag ids or titles is unverified.
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

/** Whether `item` passes `filter` (an id list, or a type list). */
export function matchesFilter(item: SnapshotItem, filter: GetFilter | undefined): boolean {
  if (filter === undefined) return true;
  if ('id' in filter) return idSet(filter).has(item.id);
  return filter.type === undefined || list(filter.type).includes(item.type);
}
