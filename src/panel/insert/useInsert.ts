// Inserting the edited journey: layout, then the board writer, with progress,
// a cancel, and one clear message at the end.
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../board/errors.ts';
import type { BoardPort } from '../../board/port.ts';
import { writePlan } from '../../board/writer.ts';
import { layoutJourney } from '../../layout/layout.ts';
import { journeySchema, type Journey } from '../../model/journey.ts';
import { describeIssues } from '../../model/zod.ts';

export type InsertState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

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
        setState({ phase: 'done', message: `Inserted “${plan.frame.title || 'Journey map'}”: ${count} items in a new frame.${left}` });
      } catch (error) {
        setState({ phase: 'failed', message: errorMessage(error) });
      } finally {
        controller.current = null;
      }
    },
    [board],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, insert, cancel };
}
