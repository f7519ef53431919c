// The panel's data-check worker: parsing and aggregation off the main thread.
// It keeps the parsed log, so a confirmed mapping re-runs the check without
// reading the file again. Case ids never leave it.
import type { LogRead } from '../../analysis/datacheck/log-reader.ts';
import { checkRead, readLogFile } from './check-file.ts';
import type { WorkerRequest, WorkerReply } from './worker-protocol.ts';

let log: LogRead | null = null;

const reply = (message: WorkerReply) => postMessage(message);

async function handle(request: WorkerRequest): Promise<void> {
  try {
    if (request.type === 'start') {
      log = await readLogFile(request.request, { onProgress: (done, total) => reply({ type: 'progress', done, total }), cancelled: () => false });
    }
    if (log === null) throw new Error('no log has been read');
    reply({ type: 'done', outcome: checkRead(log, request.request) });
  } catch (error) {
    reply({ type: 'done', outcome: { ok: false, error: error instanceof Error ? error.message : String(error) } });
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => void handle(event.data));
