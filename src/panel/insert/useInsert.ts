// Inserting the edited journey: layout, then the board writer, with progress,
// a cancel, and one clear message at the end.
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../board/errors.ts';
import type { BoardPort } from '../../board/port.ts';
import { InsertFailure, writePlan } from '../../board/writer.ts';
import { layoutJourney } from '../../layout/layout.ts';
import { journeySchema, type Journey } from '../../model/journey.ts';
import { describeIssues } from '../../model/zod.ts';

export type InsertState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; message: string }
  /** Cancelled and rolled back: not an error, the board is as it was. */
  | { phase: 'cancelled'; message: string }
  | { phase: 'failed'; message: string };

function failureState(error: unknown): InsertState {
  if (error instanceof InsertFailure && error.details.cancelled && error.details.restored) {
    const { removed } = error.details;
    const what = removed === 0 ? 'nothing had been made yet' : `the ${removed} ${removed === 1 ? 'item' : 'items'} it had made (frame, tags and children) were removed`;
    return { phase: 'cancelled', message: `Cancelled: the board is as it was; ${what}.` };
  }
  return { phase: 'failed', message: errorMessage(error) };
}

export function useInsert(board: BoardPort) {
  const [state, setState] = useState<InsertState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const insert = useCallback(
    async (journey: Journey, at?: { x: number; y: number }) => {
      const parsed = journeySchema.safeParse(journey);
      if (!parsed.success) {
        setState({ phase: 'failed', message: `The map is not valid: ${describeIssues(parsed.error).join('; ')}` });
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      const plan = layoutJourney(parsed.data);
      setState({ phase: 'running', done: 0, total: plan.children.length });
      try {
        const result = await writePlan(board, plan, { signal: abort.signal, at, onProgress: (done, total) => setState({ phase: 'running', done, total }) });
        const left = result.warnings.length === 0 ? '' : ` Left out to stay within Miro's limits: ${result.warnings.join('; ')}.`;
        const count = Object.keys(result.itemIds).length;
        // A cancel that came after the last write cannot undo it: say the map is there.
        const late = abort.signal.aborted ? ' The insert had already finished when Cancel was pressed, so the map stays.' : '';
        setState({ phase: 'done', message: `Inserted “${plan.frame.title || 'Journey map'}”: ${count} items in a new frame.${left}${late}` });
      } catch (error) {
        setState(failureState(error));
      } finally {
        controller.current = null;
      }
    },
    [board],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, insert, cancel };
}
