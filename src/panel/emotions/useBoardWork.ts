// Long board work for the Emotions tab: one job at a time, with progress, a
// closing message, and the last colour change kept so it can be undone.
import { useCallback, useState } from 'react';
import type { AppliedUpdate } from '../../board/item-updates.ts';
import { errorMessage } from '../../board/errors.ts';
import type { StatusKind } from '../StatusMessage.tsx';

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
  /** Runs `job`; its returned text is the success message, a thrown error the failure message. */
  run(label: string, job: (report: (done: number, total: number) => void) => Promise<string>): Promise<void>;
}

export function useBoardWork(): BoardWork {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<BoardWork['status']>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const run = useCallback<BoardWork['run']>(async (label, job) => {
    setBusy(true);
    setStatus(null);
    setProgress({ label, done: 0, total: 0 });
    try {
      const text = await job((done, total) => setProgress({ label, done, total }));
      setStatus({ kind: 'success', text });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, []);
  return { busy, progress, status, lastRun, setLastRun, run };
}
