// Messages between the Gaps tab and its worker (structured clones, same app),
// and the one answer both the worker and the in-page fallback give.
import { gapCheck, type GapCheckResult } from '../../analysis/gap-check.ts';
import type { ReadOptions } from '../../readback/types.ts';
import { append } from '../../model/arrays.ts';
import type { BoardSnapshot, SnapshotItem } from '../../snapshot/snapshot.ts';

export interface GapRequest {
  /** Matches a reply to its request: a fix re-checks while an older reply may be on its way. */
  id: number;
  snapshot: BoardSnapshot;
  options: ReadOptions & { today: string };
}

/**
 * What the page posts to the worker: a big snapshot's items come first, a slice
 * a message with a task between (one structured clone of 60,000 items was a
 * task of a quarter second), then the request with the rest of the snapshot.
 */
export type GapMessage = { kind: 'items'; id: number; items: BoardSnapshot['items'] } | { kind: 'check'; request: GapRequest };

export type GapReply = { id: number; ok: true; result: GapCheckResult } | { id: number; ok: false; error: string };

/** The first line of a thrown error: the panel's status line holds one line, not a stack. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line === '' ? 'the check failed without a message' : line;
}

/** gapCheck, with a throw turned into a reply: a worker must answer every request. */
export function answer(request: GapRequest): GapReply {
  try {
    return { id: request.id, ok: true, result: gapCheck(request.snapshot, request.options) };
  } catch (error) {
    return { id: request.id, ok: false, error: oneLine(error) };
  }
}

/**
 * The worker's side of the protocol: items sent ahead are kept by request id
 * until their request comes; the request is answered with all its items.
 */
export function gapReceiver(): (message: GapMessage) => GapReply | undefined {
  const itemsAhead = new Map<number, SnapshotItem[]>();
  return (message) => {
    if (message.kind === 'items') {
      const items = itemsAhead.get(message.id) ?? [];
      append(items, message.items);
      itemsAhead.set(message.id, items);
      return undefined;
    }
    const { request } = message;
    const ahead = itemsAhead.get(request.id);
    itemsAhead.delete(request.id);
    if (ahead === undefined) return answer(request);
    append(ahead, request.snapshot.items);
    return answer({ ...request, snapshot: { ...request.snapshot, items: ahead } });
  };
}
