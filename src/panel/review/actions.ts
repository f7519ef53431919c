// The Review tab's work on the board: "Mark reviewed" / "Save milestone" (the
// header's review date, then a checkpoint in storage), "What changed since
// the last review" and "Add comparison to the board". A storage failure never undoes the header: the result
// says why, and carries the checkpoint for the person to download.
import { COMPARISON_HINT_KEY, comparisonFramePlan, comparisonPair } from '../../analysis/compare/frame-plan.ts';
import type { Comparison } from '../../analysis/compare/types.ts';
import { gapCheck, isoDay } from '../../analysis/gap-check.ts';
import { writeComparisonFrame } from '../../board/comparison-frame.ts';
import { makeCheckpoint, parseCheckpoint, type Checkpoint, type CheckpointKind } from '../../analysis/review/checkpoint.ts';
import { changesSince, modifiedSince, type ChangeEntry, type ModifiedItem } from '../../analysis/review/what-changed.ts';
import { listCheckpoints, loadCheckpoint, saveCheckpoint } from '../../board/checkpoint-store.ts';
import { errorMessage } from '../../board/errors.ts';
import type { BoardPort } from '../../board/port.ts';
import { readBoard } from '../../board/reader.ts';
import { setReviewDate } from '../../board/review-line.ts';
import { modifiedTimes } from '../../snapshot/modified.ts';

export interface CheckpointResult {
  checkpoint: Checkpoint;
  /** Why the checkpoint could not be kept on the board; null when it was. */
  storageError: string | null;
}

/** Writes the review date (not for a safety checkpoint), then records the map as it now is. */
export async function markCheckpoint(board: BoardPort, options: { frameId: string; kind: CheckpointKind; note: string; by: string; now: Date }): Promise<CheckpointResult> {
  if (options.kind === 'safety') return recordCheckpoint(board, options);
  const day = isoDay(options.now);
  await setReviewDate(board, { snapshot: (await readBoard(board)).snapshot, frameId: options.frameId, day });
  try {
    return await recordCheckpoint(board, options);
  } catch (error) {
    // The header is the record and stays; the checkpoint only adds history.
    throw new Error(`Wrote the review date ${day} on the map, but could not take the checkpoint: ${errorMessage(error)}`, { cause: error });
  }
}

async function recordCheckpoint(board: BoardPort, { frameId, kind, note, by, now }: { frameId: string; kind: CheckpointKind; note: string; by: string; now: Date }): Promise<CheckpointResult> {
  const day = isoDay(now);
  // Read after the app's own write: its change to the header is in the checkpoint, never counted as someone's edit.
  const { snapshot } = await readBoard(board);
  const report = gapCheck(snapshot, { today: day, frameId });
  if (!report.ok) throw new Error(report.message);
  const inFrame = new Set(snapshot.items.filter((item) => item.parentId === frameId).map((item) => item.id));
  const modified = Object.fromEntries([...modifiedTimes(snapshot)].filter(([id]) => inFrame.has(id)).map(([id, stamp]) => [id, stamp.at]));
  const checkpoint = makeCheckpoint({ at: now.toISOString(), by, note, kind, frameId, journey: report.journey, findings: report.findings, modified });
  try {
    await saveCheckpoint(board, { frameId, entry: { id: String(now.getTime()), at: checkpoint.at, kind }, value: checkpoint });
    return { checkpoint, storageError: null };
  } catch (error) {
    return { checkpoint, storageError: errorMessage(error) };
  }
}

export type WhatChangedResult =
  | { source: 'checkpoint'; checkpoint: Checkpoint; entries: ChangeEntry[] }
  | { source: 'review-date'; day: string; items: ModifiedItem[] }
  | { source: 'none'; message: string };

/** The last checkpoint's changes, or without one the items modified since the header's review date. */
export async function whatChangedNow(board: BoardPort, { frameId }: { frameId: string }): Promise<WhatChangedResult> {
  const { snapshot } = await readBoard(board);
  const entries = await listCheckpoints(board, { frameId }).catch(() => []);
  const last = [...entries].reverse().find((entry) => entry.kind === 'review') ?? entries.at(-1);
  if (last !== undefined) {
    const parsed = parseCheckpoint(await loadCheckpoint(board, { frameId, entry: last }));
    if (parsed.ok) {
      const changes = changesSince({ checkpoint: parsed.checkpoint, snapshot });
      if (changes.ok) return { source: 'checkpoint', checkpoint: parsed.checkpoint, entries: changes.entries };
    }
  }
  const report = gapCheck(snapshot, { today: isoDay(new Date()), frameId });
  const day = report.ok ? report.journey.review.lastReviewed : null;
  if (day === null) return { source: 'none', message: 'No checkpoint and no review date on this map: mark it reviewed to start its history.' };
  return { source: 'review-date', day, items: modifiedSince({ snapshot, frameId, day }) };
}

/** Writes the "Current → future" frame under the pair, replacing the pair's earlier one; says what it did. */
export async function addComparisonFrame(board: BoardPort, { comparison }: { comparison: Comparison }): Promise<string> {
  const options = { beforeFrameId: comparison.before.id, afterFrameId: comparison.after.id, hintKey: COMPARISON_HINT_KEY, pair: comparisonPair(comparison), action: 'add the comparison to the board' };
  const written = await writeComparisonFrame(board, comparisonFramePlan(comparison), options);
  return written.replaced === 0 ? 'Added the comparison under the two maps.' : 'Added the comparison under the two maps, replacing the earlier one.';
}
