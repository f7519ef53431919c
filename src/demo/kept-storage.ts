// The demo page keeps the app's storage collections (checkpoints, future-state
// pairs) across reloads in the browser's local storage, so the review flow can
// be tried without Miro: mark a map reviewed, reload, insert the same preset
// (the in-memory board hands out the same ids again), ask what changed.
import type { MemoryBoard } from '../board/memory/memory-board.ts';
import { parseSnapshot, type BoardSnapshot } from '../snapshot/snapshot.ts';

export const KEPT_STORAGE_KEY = 'journey-map-demo:storage';

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The collections kept by an earlier visit; parsed like any snapshot (outside data), nothing when unreadable. */
export function keptStorage(): BoardSnapshot['storage'] {
  const text = localStore()?.getItem(KEPT_STORAGE_KEY) ?? null;
  if (text === null) return undefined;
  try {
    const parsed = parseSnapshot({ version: 1, items: [], storage: JSON.parse(text) as unknown });
    return parsed.ok ? parsed.snapshot.storage : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the board's collections to local storage after each change, for as long as the board lives. */
export function keepStorage(board: MemoryBoard): void {
  let last = JSON.stringify(board.storageNow());
  board.subscribe(() => {
    const now = JSON.stringify(board.storageNow());
    if (now === last) return;
    last = now;
    try {
      localStore()?.setItem(KEPT_STORAGE_KEY, now);
    } catch {
      // Full or refused: the demo goes on without keeping it.
    }
  });
}
