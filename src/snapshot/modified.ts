// When and by whom each item was last modified, as the board reports it
// (`modifiedAt`, an ISO time, and `modifiedBy`, a user id, on every Web SDK
// item). Optional in a snapshot: a file from elsewhere may not carry them.
import { z } from '../model/zod.ts';
import type { BoardSnapshot } from './snapshot.ts';

// The two fields are checked on their own: parsing each item as an object copied all of it, a tenth of a second on a 60,000-sticky board.
const isoTime = z.iso.datetime({ offset: true });

export interface Modified {
  at: string;
  by: string | null;
}

/** Item id → its last modification, for the items that say. */
export function modifiedTimes(snapshot: BoardSnapshot): Map<string, Modified> {
  const times = new Map<string, Modified>();
  for (const item of snapshot.items) {
    const { modifiedAt, modifiedBy } = item as { modifiedAt?: unknown; modifiedBy?: unknown };
    if (typeof modifiedAt !== 'string' || !isoTime.safeParse(modifiedAt).success) continue;
    // A stamp whose author is not text is no stamp (as before: the item then says nothing).
    if (modifiedBy !== undefined && typeof modifiedBy !== 'string') continue;
    times.set(item.id, { at: modifiedAt, by: modifiedBy ?? null });
  }
  return times;
}
