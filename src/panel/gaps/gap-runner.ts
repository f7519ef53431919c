// Runs the gap check for the Gaps tab: in a dedicated Web Worker, or in the
// page where a worker cannot start (happy-dom in tests, a page without workers,
// a worker script that fails to load). The worker is a lazy chunk of its own,
// started on the first check and kept for the next ones.
import type { GapCheckResult } from '../../analysis/gap-check.ts';
import { nextTask } from '../../model/next-task.ts';
import { slicedParts, slicedReceiver, type SlicedPart } from '../sliced-message.ts';
import { answer, oneLine, type GapReply, type GapRequest } from './gap-protocol.ts';

export type GapRun = (snapshot: GapRequest['snapshot'], options: GapRequest['options']) => Promise<GapCheckResult>;

export interface GapRunner {
  check: GapRun;
  /** Starts the worker ahead of the first check, so its code loads while the board is read. */
  warm(): void;
}

/** A reply as the caller sees it: the result, or a one-line error thrown. */
function settle(reply: GapReply): GapCheckResult {
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

function inPage(): GapRunner {
  let id = 0;
  return { check: async (snapshot, options) => settle(answer({ id: ++id, snapshot, options })), warm: () => undefined };
}

/** Posts the request a part a task: a big snapshot's items go ahead in slices (sliced-message.ts). */
async function post(worker: Worker, request: GapRequest): Promise<void> {
  for (const [index, part] of slicedParts(request.id, request).entries()) {
    if (index > 0) await nextTask();
    worker.postMessage(part);
  }
}

function inWorker(): GapRunner {
  let worker: Worker | null = null;
  let broken = false;
  let id = 0;
  const waiting = new Map<number, { request: GapRequest; resolve: (reply: GapReply) => void }>();
  // The worker did not start or died: answer what it was asked in the page, and stay in the page.
  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { request, resolve } of waiting.values()) resolve(answer(request));
    waiting.clear();
  };
  const start = (): Worker => {
    const started = new Worker(new URL('./gapcheck.worker.ts', import.meta.url), { type: 'module' });
    const receive = slicedReceiver();
    started.addEventListener('message', (event: MessageEvent<SlicedPart>) => {
      const reply = receive(event.data) as GapReply | undefined;
      if (reply === undefined) return;
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    started.addEventListener('error', fallBack);
    started.addEventListener('messageerror', fallBack);
    return started;
  };
  const warm = () => {
    if (!broken) worker ??= start();
  };
  const check: GapRun = async (snapshot, options) => {
    const request: GapRequest = { id: ++id, snapshot, options };
    if (broken) return settle(answer(request));
    worker ??= start();
    const running = worker;
    const reply = new Promise<GapReply>((resolve) => waiting.set(request.id, { request, resolve }));
    try {
      await post(running, request);
    } catch (error) {
      // A snapshot the structured clone refuses: say so in one line, as the worker would.
      waiting.get(request.id)?.resolve({ id: request.id, ok: false, error: oneLine(error) });
      waiting.delete(request.id);
    }
    return settle(await reply);
  };
  return { check, warm };
}

export function createGapRunner(): GapRunner {
  return typeof Worker === 'function' ? inWorker() : inPage();
}

let shared: GapRunner | null = null;

/** The panel's one runner (one worker per page), made when a check starts. */
export function gapRunner(): GapRunner {
  shared ??= createGapRunner();
  return shared;
}
