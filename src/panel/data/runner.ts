// Runs the data check for the Data tab: in a dedicated Web Worker (progress,
// cancel by ending the worker), or in the page where workers cannot start.
import type { LogRead } from '../../analysis/datacheck/log-reader.ts';
import { checkRead, readLogFile, type CheckOutcome, type CheckRequest } from './check-file.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

export interface CheckRunner {
  start(request: CheckRequest, onProgress: (done: number, total: number) => void): Promise<CheckOutcome>;
  /** Checks the log already read again, with another mapping. */
  rerun(request: Omit<CheckRequest, 'file' | 'columns'>): Promise<CheckOutcome>;
  cancel(): void;
}

const CANCELLED: CheckOutcome = { ok: false, error: 'Cancelled.' };

function workerRunner(): CheckRunner {
  let worker: Worker | null = null;
  let pending: ((outcome: CheckOutcome) => void) | null = null;
  let onProgress: (done: number, total: number) => void = () => undefined;
  const send = (message: WorkerRequest) =>
    new Promise<CheckOutcome>((resolve) => {
      if (worker === null) {
        worker = new Worker(new URL('./datacheck.worker.ts', import.meta.url), { type: 'module' });
        worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
          if (event.data.type === 'progress') onProgress(event.data.done, event.data.total);
          else pending?.(event.data.outcome);
        });
      }
      pending = resolve;
      worker.postMessage(message);
    });
  return {
    start: (request, progress) => {
      onProgress = progress;
      return send({ type: 'start', request });
    },
    rerun: (request) => (worker === null ? Promise.resolve({ ok: false, error: 'Load a log first.' }) : send({ type: 'rerun', request })),
    cancel: () => {
      worker?.terminate();
      worker = null;
      pending?.(CANCELLED);
    },
  };
}

function inPageRunner(): CheckRunner {
  let log: LogRead | null = null;
  let cancelled = false;
  return {
    start: async (request, onProgress) => {
      cancelled = false;
      log = await readLogFile(request, { onProgress, cancelled: () => cancelled });
      return log === null ? CANCELLED : checkRead(log, request);
    },
    rerun: async (request) => (log === null ? { ok: false, error: 'Load a log first.' } : checkRead(log, request)),
    cancel: () => {
      cancelled = true;
    },
  };
}

export function createCheckRunner(): CheckRunner {
  return typeof Worker === 'function' ? workerRunner() : inPageRunner();
}
