// The Gaps tab's work: read the board, run the check, point at a finding's
// items, apply a fix and check again. One job at a time.
import { useCallback, useState } from 'react';
import { isoDay, type GapReport } from '../../analysis/gap-check.ts';
import { errorMessage } from '../../board/errors.ts';
import { setLaneKindHint } from '../../board/lane-hints.ts';
import type { LaneKind } from '../../model/journey.ts';
import { laneKindLabel } from '../../model/lane-kinds.ts';
import { readBoard } from '../../board/reader.ts';
import { laneLabelIds } from '../../readback/read-journey.ts';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';
import type { FrameRef } from '../../readback/types.ts';
import { useBoard } from '../BoardContext.tsx';
import { plural } from '../plural.ts';
import { nextTask } from '../../model/next-task.ts';
import { readFailureText } from '../read-failure.ts';
import type { StatusKind } from '../StatusMessage.tsx';
import { applyFixOffer, type FixApplied } from './fix-apply.ts';
import type { FixOffer } from './fix-plan.ts';
import { gapRunner } from './gap-runner.ts';

/** Items to zoom to and select, with the stage whose header should be in view. */
export interface ShowTarget {
  itemIds: readonly string[];
  stageId?: string;
}

export interface GapCheckState {
  busy: boolean;
  step: string | null;
  status: { kind: StatusKind; text: string } | null;
  report: GapReport | null;
  snapshot: BoardSnapshot | null;
  /** Frames to choose from when the check could not tell which one to read. */
  candidates: FrameRef[];
}

const IDLE: GapCheckState = { busy: false, step: null, status: null, report: null, snapshot: null, candidates: [] };

export function useGapCheck() {
  const board = useBoard();
  const [state, setState] = useState<GapCheckState>(IDLE);

  const check = useCallback(
    async (frameId?: string, done?: string) => {
      setState((previous) => ({ ...previous, busy: true, step: 'Reading the board', status: null }));
      let reading: Awaited<ReturnType<typeof readBoard>>;
      gapRunner().warm();
      try {
        reading = await readBoard(board, { metadataFor: laneLabelIds });
      } catch (error) {
        setState({ ...IDLE, status: { kind: 'error', text: `Could not read the board: ${errorMessage(error)}` } });
        return;
      }
      try {
        // Reading and checking a big board are long steps: the page paints in between.
        setState((previous) => ({ ...previous, step: 'Checking the map' }));
        await nextTask();
        // The check runs in a worker (in the page where none can start): seconds on a 60,000-sticky board.
        const result = await gapRunner().check(reading.snapshot, { today: isoDay(new Date()), selectedIds: reading.selectedIds, ...(frameId === undefined ? {} : { frameId }) });
        if (!result.ok) {
          setState({ ...IDLE, status: { kind: 'error', text: readFailureText(result) }, candidates: result.candidates });
          return;
        }
        const report = { ...result, warnings: [...reading.warnings, ...result.warnings] };
        const summary = `Checked "${report.frame.title || report.frame.id}": ${plural(report.findings.length, 'finding')}.`;
        setState({ ...IDLE, report, snapshot: reading.snapshot, status: { kind: 'success', text: done === undefined ? summary : `${done} ${summary}` } });
      } catch (error) {
        setState({ ...IDLE, status: { kind: 'error', text: `Could not check the map: ${errorMessage(error)}` } });
      }
    },
    [board],
  );

  const show = useCallback(
    async (finding: ShowTarget) => {
      if (finding.itemIds.length === 0) return;
      try {
        // The view takes in the stage's header too, so a lone sticky is seen in its column.
        const around = finding.stageId === undefined || finding.itemIds.includes(finding.stageId) ? [] : [finding.stageId];
        const items = await board.get({ id: [...finding.itemIds, ...around] });
        const targets = items.filter((item) => finding.itemIds.includes(item.id));
        if (targets.length === 0) throw new Error('its items are no longer on the board; run the check again');
        // Whether select adds to the selection is unverified (docs/miro-board.md): clear it first, as Miro's own example does.
        const select = async () => {
          await board.deselect();
          await board.select({ id: targets.map((item) => item.id) });
        };
        await Promise.all([board.viewport.zoomTo(items), select()]);
      } catch (error) {
        setState((previous) => ({ ...previous, status: { kind: 'error', text: `Could not show the finding: ${errorMessage(error)}` } }));
      }
    },
    [board],
  );

  const fix = useCallback(
    async (offer: FixOffer) => {
      const frameId = 'fix' in offer ? offer.fix.frameId : state.report?.frame.id;
      setState((previous) => ({ ...previous, busy: true, step: offer.label, status: null }));
      let applied: FixApplied;
      try {
        applied = await applyFixOffer(board, offer);
      } catch (error) {
        setState((previous) => ({ ...previous, busy: false, step: null, status: { kind: 'error', text: errorMessage(error) } }));
        return;
      }
      await check(frameId, applied.message);
      // A new sticky is empty: zoom to it and select it, ready to type in.
      if (applied.added !== null) await show({ itemIds: [applied.added] });
    },
    [board, check, show, state.report],
  );

  const setLaneKind = useCallback(
    async ({ frameId, labelId, kind }: { frameId: string; labelId: string; kind: LaneKind }) => {
      setState((previous) => ({ ...previous, busy: true, step: 'Setting the lane kind', status: null }));
      try {
        await setLaneKindHint(board, { labelId, kind });
      } catch (error) {
        setState((previous) => ({ ...previous, busy: false, step: null, status: { kind: 'error', text: `Could not set the lane kind: ${errorMessage(error)}` } }));
        return;
      }
      await check(frameId, `Lane read as ${laneKindLabel(kind)}.`);
    },
    [board, check],
  );

  return { state, check, show, fix, setLaneKind };
}
