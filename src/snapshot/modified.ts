// When and by whom each item was last modified, as the board reports it
// (`modifiedAt`, an ISO time, and `modifiedBy`, a user id, on every Web SDK
// item). Optional in a snapshot: a file from elsewhere may not carry them.
import { z } from '../model/zod.ts';
import type { BoardSnapshot } from './snapshot.ts';

const stampSchema = z.looseObject({ modifiedAt: z.iso.datetime({ offset: true }), modifiedBy: z.optional(z.string()) });

export interface Modified {
  at: string;
  by: string | null;
}

/** Item id → its last modification, for the items that say. */
export function modifiedTimes(snapshot: BoardSnapshot): Map<string, Modified> {
  const times = new Map<string, Modified>();
  for (const item of snapshot.items) {
    const stamp = stampSchema.safeParse(item);
    if (stamp.success) times.set(item.id, { at: stamp.data.modifiedAt, by: stamp.data.modifiedBy ?? null });
  }
  return times;
}
