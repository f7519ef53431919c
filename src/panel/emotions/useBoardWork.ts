// Long board work for the Emotions tab: one job at a time, with progress, a
// closing message, and the last colour change kept so it can be undone.
import { useCallback, useState } from 'react';
import type { AppliedUpdate } from '../../board/item-updates.ts';
import { errorMessage } from '../../board/errors.ts';
import type { StatusKind } from '../StatusMessage.tsx';
import type { FrameRef } from '../../readback/types.ts';
import { MapChoiceNeeded } from '../read-failure.ts';

export interface Progress {
  label: string;
  done: number;
  total: number;
}

export interface LastRun {
  /** What the undo button says: "Undo recolour", "Undo marking"… */
  label: string;
  applied: AppliedUpdate[];
}

export interface BoardWork {
  busy: boolean;
  progress: Progress | null;
  status: { kind: StatusKind; text: string } | null;
  lastRun: LastRun | null;
  setLastRun(run: LastRun | null): void;
  /** The map chosen among several (FrameChooser); undefined: the selected or only one. */
  frameId: string | undefined;
  /** Maps to choose from, after an action found several. */
  candidates: FrameRef[];
  choose(frame: FrameRef): void;
  /** Runs `job`; its returned text is the success message, a thrown error the failure message. */
  run(label: string, job: (report: (done: number, total: number) => void) => Promise<string>): Promise<void>;
}

export function useBoardWork(): BoardWork {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<BoardWork['status']>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [frameId, setFrameId] = useState<string | undefined>(undefined);
  const [candidates, setCandidates] = useState<FrameRef[]>([]);
  const choose = useCallback((frame: FrameRef) => {
    setFrameId(frame.id);
    setCandidates([]);
    setStatus({ kind: 'info', text: `Working on “${frame.title || 'untitled map'}”: run the action again.` });
  }, []);
  const run = useCallback<BoardWork['run']>(async (label, job) => {
    setBusy(true);
    setStatus(null);
    setProgress({ label, done: 0, total: 0 });
    try {
      const text = await job((done, total) => setProgress({ label, done, total }));
      setStatus({ kind: 'success', text });
    } catch (error) {
      // Several maps and nothing chosen: a question with the maps as buttons, not an error.
      if (error instanceof MapChoiceNeeded) setCandidates(error.candidates);
      setStatus({ kind: error instanceof MapChoiceNeeded ? 'info' : 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, []);
  return { busy, progress, status, lastRun, setLastRun, run, frameId, candidates, choose };
}

/** The chosen map as an action's option. */
export const onMap = (work: Pick<BoardWork, 'frameId'>): { frameId?: string } => (work.frameId === undefined ? {} : { frameId: work.frameId });
