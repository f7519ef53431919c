// The Data tab's work: read the map, read the log's header for the user to
// confirm its columns, run the check in the worker (progress, cancel), confirm
// suggested mappings (saved per frame), write and clear the data-check frame.
import { useCallback, useRef, useState } from 'react';
import type { ColumnMap, ColumnRole } from '../../analysis/datacheck/columns.ts';
import type { DataCheckResult } from '../../analysis/datacheck/data-check.ts';
import { dataMapOf, type DataMap } from '../../analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS, type DataCheckSettings } from '../../analysis/datacheck/defaults.ts';
import { DATA_CHECK_HINT_KEY, dataCheckFramePlan } from '../../analysis/datacheck/frame-plan.ts';
import { FROM_DATA_HINT_KEY, fromDataPlan } from '../../analysis/datacheck/from-data-plan.ts';
import type { SavedMapping } from '../../analysis/datacheck/matching.ts';
import { gapCheck, isoDay } from '../../analysis/gap-check.ts';
import { evidenceIds, EVIDENCE_TAG, rateUpdates } from '../../analysis/datacheck/board-actions.ts';
import { clearAnnex, writeAnnex } from '../../board/annex.ts';
import { applyItemUpdates } from '../../board/item-updates.ts';
import type { BoardPort } from '../../board/port.ts';
import { addTagToItems } from '../../board/tag-items.ts';
import { errorMessage } from '../../board/errors.ts';
import { readBoard } from '../../board/reader.ts';
import { useBoard } from '../BoardContext.tsx';
import { plural } from '../plural.ts';
import { readFailureText } from '../read-failure.ts';
import type { StatusKind } from '../StatusMessage.tsx';
import { readHeader } from './header.ts';
import { createCheckRunner, type CheckRunner } from './runner.ts';
import { loadMapping, saveMapping } from './saved-mapping.ts';

export interface DataState {
  phase: 'idle' | 'columns' | 'reading' | 'result';
  busy: boolean;
  status: { kind: StatusKind; text: string } | null;
  file: File | null;
  header: string[];
  columns: ColumnMap | null;
  map: DataMap | null;
  saved: SavedMapping;
  progress: { done: number; total: number };
  result: DataCheckResult | null;
  /** The defaults, each settable before a run. */
  settings: DataCheckSettings;
}

const IDLE: DataState = { phase: 'idle', busy: false, status: null, file: null, header: [], columns: null, map: null, saved: {}, progress: { done: 0, total: 0 }, result: null, settings: DATA_CHECK_DEFAULTS };

async function readMap(board: BoardPort): Promise<DataMap> {
  const reading = await readBoard(board);
  const result = gapCheck(reading.snapshot, { today: isoDay(new Date()), selectedIds: reading.selectedIds });
  if (!result.ok) throw new Error(readFailureText(result));
  return dataMapOf({ journey: result.journey, snapshot: reading.snapshot, frameId: result.frame.id });
}

type Work = (board: BoardPort, { map, result }: { map: DataMap; result: DataCheckResult }) => Promise<string>;

/** Applying data suggestions is a bulk change: a safety checkpoint of the map first (loaded on use; it never blocks the change). */
async function safetyFirst(board: BoardPort, options: { frameId: string; what: string }): Promise<void> {
  const { safetyCheckpoint } = await import('../review/safety.ts');
  await safetyCheckpoint(board, options);
}

const annex = (map: DataMap) => ({ mapFrameId: map.frameId, hintKey: DATA_CHECK_HINT_KEY });
const fromDataAnnex = (map: DataMap) => ({ mapFrameId: map.frameId, hintKey: FROM_DATA_HINT_KEY });

/** "Clear data check" takes both frames the tab writes: the data check and the proposed stickies. */
async function clearAll(board: BoardPort, map: DataMap): Promise<number> {
  return (await clearAnnex(board, annex(map))) + (await clearAnnex(board, fromDataAnnex(map)));
}

/** What the tab's buttons do on the board; each returns the line to show. */
/** The Data tab's board actions (exported for tests). */
export const BOARD_ACTIONS = {
  write: async (board, { map, result }) => {
    await clearAnnex(board, annex(map));
    await writeAnnex(board, dataCheckFramePlan(result, map), { ...annex(map), action: 'write the data check' });
    return 'Added the data-check frame beside the map.';
  },
  fromData: async (board, { map, result }) => {
    const plan = fromDataPlan(result, map);
    if (plan === null) return 'The data proposes no touchpoint: nothing common enough is missing from the map.';
    await clearAnnex(board, fromDataAnnex(map));
    // Below the map: the data-check frame takes the place to its right.
    await writeAnnex(board, plan, { ...fromDataAnnex(map), side: 'below', action: 'write the proposed stickies' });
    return `Added ${plan.children.length - 1} proposed stickies below the map, to drag into it.`;
  },
  clear: async (board, { map }) => `Cleared the data check (${await clearAll(board, map)} items).`,
  evidence: async (board, { map, result }) => {
    await safetyFirst(board, { frameId: map.frameId, what: 'tagging evidence from the data check' });
    return `Tagged ${(await addTagToItems(board, { title: EVIDENCE_TAG, itemIds: evidenceIds(result) })).length} touchpoints "${EVIDENCE_TAG}".`;
  },
  rate: async (board, { map, result }) => {
    await safetyFirst(board, { frameId: map.frameId, what: "applying the data check's ratings" });
    const { applied, skipped } = await applyItemUpdates(board, rateUpdates(result, map));
    const left = skipped.length === 0 ? '' : ` Left ${skipped.length} changed or deleted since the check as ${skipped.length === 1 ? 'it is' : 'they are'}.`;
    return `Coloured ${plural(applied.length, 'unrated touchpoint')} by their customers' scores.${left}`;
  },
} satisfies Record<string, Work>;

export type BoardAction = keyof typeof BOARD_ACTIONS;

export function useDataCheck() {
  const board = useBoard();
  const [state, setState] = useState<DataState>(IDLE);
  const runner = useRef<CheckRunner | null>(null);
  const fail = (error: unknown, phase: DataState['phase'] = 'idle') => setState((previous) => ({ ...previous, phase, busy: false, status: { kind: 'error', text: errorMessage(error) } }));

  const chooseFile = useCallback(
    async (file: File) => {
      setState({ ...IDLE, busy: true, file, status: { kind: 'info', text: 'Reading the map and the log’s columns…' } });
      try {
        const [map, head] = await Promise.all([readMap(board), readHeader(file)]);
        const saved = await loadMapping(board, map.frameId);
        setState({ ...IDLE, phase: 'columns', file, map, saved, header: head.header, columns: head.columns });
      } catch (error) {
        fail(error);
      }
    },
    [board],
  );

  const setColumn = useCallback((role: ColumnRole, index: number) => setState((previous) => (previous.columns === null ? previous : { ...previous, columns: { ...previous.columns, [role]: index } })), []);

  const run = useCallback(async () => {
    const { file, columns, map, saved } = state;
    if (file === null || columns === null || map === null) return;
    runner.current?.cancel();
    const current = (runner.current = createCheckRunner());
    setState((previous) => ({ ...previous, phase: 'reading', busy: true, status: null, progress: { done: 0, total: file.size } }));
    const outcome = await current.start({ file, name: file.name, columns, map, saved, settings: state.settings }, (done, total) => setState((previous) => ({ ...previous, progress: { done, total } })));
    if (!outcome.ok) return fail(new Error(outcome.error), 'columns');
    setState((previous) => ({ ...previous, phase: 'result', busy: false, result: outcome.result, status: { kind: 'success', text: `Checked against ${outcome.result.instances.toLocaleString('en-US')} journeys: ${outcome.result.findings.length} findings.` } }));
  }, [state]);

  const cancel = useCallback(() => runner.current?.cancel(), []);

  const setSetting = useCallback((name: keyof DataCheckSettings, value: number) => {
    if (Number.isFinite(value) && value >= 0) setState((previous) => ({ ...previous, settings: { ...previous.settings, [name]: value } }));
  }, []);

  const confirm = useCallback(
    async (activity: string, touchpointId: string | null) => {
      const { map } = state;
      if (map === null || runner.current === null) return;
      const saved = { ...state.saved, [activity]: touchpointId };
      setState((previous) => ({ ...previous, busy: true, saved }));
      try {
        await saveMapping(board, { frameId: map.frameId, mapping: saved });
        const outcome = await runner.current.rerun({ name: state.file?.name ?? 'log', map, saved, settings: state.settings });
        if (!outcome.ok) throw new Error(outcome.error);
        setState((previous) => ({ ...previous, busy: false, result: outcome.result, status: { kind: 'success', text: `Mapping saved; ${outcome.result.findings.length} findings.` } }));
      } catch (error) {
        fail(error, 'result');
      }
    },
    [board, state],
  );

  const boardAction = useCallback(
    async (action: BoardAction) => {
      const { map, result } = state;
      if (map === null || result === null) return;
      setState((previous) => ({ ...previous, busy: true, status: null }));
      try {
        const text = await BOARD_ACTIONS[action](board, { map, result });
        setState((previous) => ({ ...previous, busy: false, status: { kind: 'success', text } }));
      } catch (error) {
        fail(error, 'result');
      }
    },
    [board, state],
  );

  const show = useCallback(
    async (itemIds: string[]) => {
      try {
        const items = await board.get({ id: itemIds });
        if (items.length === 0) throw new Error('its items are no longer on the board');
        await Promise.all([board.viewport.zoomTo(items), board.select({ id: items.map((item) => item.id) })]);
      } catch (error) {
        fail(error, 'result');
      }
    },
    [board],
  );

  return { state, chooseFile, setColumn, setSetting, run, cancel, confirm, boardAction, show };
}
