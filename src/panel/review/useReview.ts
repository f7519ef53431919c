// The Review tab's work: list the board's journey maps, create a future state,
// compare two maps, mark a map reviewed or save a milestone, say what changed
// since the last review, download a calendar event. One job at a time.
import { useCallback, useEffect, useState } from 'react';
import { compareSources } from '../../analysis/compare/compare-sources.ts';
import { isoDay } from '../../analysis/gap-check.ts';
import type { Checkpoint, CheckpointKind } from '../../analysis/review/checkpoint.ts';
import { errorMessage } from '../../board/errors.ts';
import { createFutureState } from '../../board/future-state.ts';
import { withLineage } from '../../board/lineage.ts';
import { readBoard } from '../../board/reader.ts';
import type { ComparisonReport } from '../../io/export-comparison.ts';
import { readJourney } from '../../readback/read-journey.ts';
import type { FrameRef } from '../../readback/types.ts';
import { useBoard } from '../BoardContext.tsx';
import type { StatusKind } from '../StatusMessage.tsx';
import { addComparisonFrame, markCheckpoint, whatChangedNow, type WhatChangedResult } from './actions.ts';
import { userName } from './safety.ts';

export interface ReviewState {
  busy: boolean;
  status: { kind: StatusKind; text: string } | null;
  frames: FrameRef[];
  comparison: ComparisonReport | null;
  changed: WhatChangedResult | null;
  /** A checkpoint the board could not keep, offered for download. */
  unsaved: Checkpoint | null;
}

const START: ReviewState = { busy: false, status: null, frames: [], comparison: null, changed: null, unsaved: null };

/** The board's journey frames: the one there is, or every candidate when there are several. */
async function journeyFrames(board: ReturnType<typeof useBoard>): Promise<FrameRef[]> {
  const { snapshot } = await readBoard(board);
  const read = readJourney(snapshot);
  return read.ok ? [read.frame] : read.candidates;
}

export function useReview() {
  const board = useBoard();
  const [state, setState] = useState<ReviewState>(START);

  const run = useCallback(
    async (work: () => Promise<Partial<ReviewState>>) => {
      setState((previous) => ({ ...previous, busy: true, status: null }));
      try {
        const next = await work();
        setState((previous) => ({ ...previous, busy: false, ...next }));
      } catch (error) {
        setState((previous) => ({ ...previous, busy: false, status: { kind: 'error', text: errorMessage(error) } }));
      }
    },
    [],
  );

  const refresh = useCallback(() => run(async () => ({ frames: await journeyFrames(board) })), [board, run]);
  useEffect(() => void refresh(), [refresh]);

  const createFuture = (frameId: string) =>
    run(async () => {
      const made = await createFutureState(board, { frameId, at: new Date().toISOString() });
      const stored = made.storageError === null ? '' : ` The pair could not be recorded in the board's storage (${made.storageError}); the header still names the source map.`;
      return { frames: await journeyFrames(board), status: { kind: 'success', text: `Created “${made.title}” to the right of the map.${stored}` } };
    });

  const compare = ({ from, to, force }: { from: string; to: string; force: boolean }) =>
    run(async () => {
      const snapshot = await withLineage(board, { snapshot: (await readBoard(board)).snapshot, frameId: to });
      const result = compareSources({ from: { snapshot, frameId: from }, to: { snapshot, frameId: to }, force });
      if (!result.ok) return { comparison: null, status: { kind: 'error', text: result.reason === 'personas-differ' ? `Not compared: ${result.message}. Tick “Compare anyway” to compare them.` : result.message } };
      return { comparison: { comparison: result.comparison, from: result.from, to: result.to, findings: result.findings }, status: null };
    });

  const checkpoint = (frameId: string, kind: CheckpointKind) =>
    run(async () => {
      const result = await markCheckpoint(board, { frameId, kind, note: '', by: await userName(board), now: new Date() });
      const done = kind === 'review' ? `Marked reviewed on ${isoDay(new Date())}.` : 'Milestone saved.';
      if (result.storageError === null) return { unsaved: null, status: { kind: 'success', text: `${done} A checkpoint was kept on the board.` } };
      return { unsaved: result.checkpoint, status: { kind: 'error', text: `${done} The checkpoint could not be kept on the board (${result.storageError}): download it below.` } };
    });

  const whatChanged = (frameId: string) => run(async () => ({ changed: await whatChangedNow(board, { frameId }) }));

  const addComparison = (report: ComparisonReport) => run(async () => ({ status: { kind: 'success', text: await addComparisonFrame(board, { comparison: report.comparison }) } }));

  return { state, refresh, createFuture, compare, checkpoint, whatChanged, addComparison };
}
