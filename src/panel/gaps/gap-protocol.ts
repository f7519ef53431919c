// Messages between the Gaps tab and its worker (structured clones, same app),
// and the one answer both the worker and the in-page fallback give.
import { gapCheck, type GapCheckResult } from '../../analysis/gap-check.ts';
import type { ReadOptions } from '../../readback/types.ts';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';

export interface GapRequest {
  /** Matches a reply to its request: a fix re-checks while an older reply may be on its way. */
  id: number;
  snapshot: BoardSnapshot;
  options: ReadOptions & { today: string };
}

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
