// `miro.board.get(filter)`: by id, or by type (MIRO-SDK.md: no filter by
// metadata or parent, no pagination). The `tags` filter is refused before it
// gets here: whether Miro takes tag ids or titles is unverified.
import type { GetFilter } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';

const list = (value: string[] | string): string[] => (Array.isArray(value) ? value : [value]);

/** Whether `item` passes `filter` (an id list, or a type list). */
export function matchesFilter(item: SnapshotItem, filter: GetFilter | undefined): boolean {
  if (filter === undefined) return true;
  if ('id' in filter) return list(filter.id).includes(item.id);
  return filter.type === undefined || list(filter.type).includes(item.type);
}
