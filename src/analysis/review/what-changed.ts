// "What changed since the last review": the comparison of the last checkpoint
// with the board now, each change with who made it and when (the items'
// modifiedBy / modifiedAt). Without a checkpoint: the frame's items modified
// after the header's review date.
import { htmlToText } from '../../model/html.ts';
import { modifiedTimes } from '../../snapshot/modified.ts';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';
import { compareSources } from '../compare/compare-sources.ts';
import type { ChangeKind, Comparison } from '../compare/types.ts';
import type { Checkpoint } from './checkpoint.ts';

export interface ChangeEntry {
  change: 'added' | 'removed' | 'changed';
  what: ChangeKind[];
  text: string;
  stage: string;
  itemId: string | null;
  /** When and by whom, from the item; null for a removal (the item is gone) or a board that does not say. */
  at: string | null;
  by: string | null;
}

export type WhatChanged = { ok: true; comparison: Comparison; entries: ChangeEntry[] } | { ok: false; message: string };

export function changesSince({ checkpoint, snapshot }: { checkpoint: Checkpoint; snapshot: BoardSnapshot }): WhatChanged {
  const result = compareSources({ from: { checkpoint }, to: { snapshot, frameId: checkpoint.frameId }, force: true });
  if (!result.ok) return { ok: false, message: result.message };
  const times = modifiedTimes(snapshot);
  const entries = result.comparison.changes.map((change) => {
    const stamp = change.afterId === null ? undefined : times.get(change.afterId);
    return { change: change.change, what: change.changes, text: change.text, stage: change.stage, itemId: change.afterId ?? change.beforeId, at: stamp?.at ?? null, by: stamp?.by ?? null };
  });
  return { ok: true, comparison: result.comparison, entries };
}

export interface ModifiedItem {
  id: string;
  text: string;
  at: string;
  by: string | null;
}

/** The frame's items modified after `day` (YYYY-MM-DD), newest first. */
export function modifiedSince({ snapshot, frameId, day }: { snapshot: BoardSnapshot; frameId: string; day: string }): ModifiedItem[] {
  const times = modifiedTimes(snapshot);
  return snapshot.items
    .filter((item) => item.parentId === frameId)
    .flatMap((item) => {
      const stamp = times.get(item.id);
      if (stamp === undefined || stamp.at.slice(0, 10) <= day) return [];
      const content = (item as { content?: unknown }).content;
      return [{ id: item.id, text: typeof content === 'string' ? htmlToText(content) : item.type, at: stamp.at, by: stamp.by }];
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
