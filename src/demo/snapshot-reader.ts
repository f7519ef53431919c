// Reading a snapshot file for the demo page: in a worker, which parses the
// JSON and the items and sends the snapshot back a slice a message
// (panel/sliced-message.ts). JSON.parse of a 12 MB file alone is one task of
// a fifth of a second; in the page it would freeze the page for it. Where no
// worker can start (happy-dom in tests, a worker script that fails to load),
// the page reads the file itself, its items a slice a task.
import { parseSnapshotTextInSlices, type SnapshotParse } from '../snapshot/snapshot.ts';
import { slicedReceiver, type SlicedPart } from '../panel/sliced-message.ts';

export type SnapshotRead = (file: Blob) => Promise<SnapshotParse>;

const inPage: SnapshotRead = async (file) => parseSnapshotTextInSlices(await file.text());

/** One worker per file: a load is rare, and a worker that dies takes nothing else with it. */
const inWorker: SnapshotRead = (file) =>
  new Promise((resolve) => {
    const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
    const receive = slicedReceiver();
    const finish = (parse: Promise<SnapshotParse> | SnapshotParse) => {
      worker.terminate();
      resolve(parse);
    };
    worker.addEventListener('message', (event: MessageEvent<SlicedPart>) => {
      const parse = receive(event.data) as SnapshotParse | undefined;
      if (parse !== undefined) finish(parse);
    });
    // The worker did not start or failed: read the file in the page instead.
    worker.addEventListener('error', () => finish(inPage(file)));
    worker.addEventListener('messageerror', () => finish(inPage(file)));
    worker.postMessage(file);
  });

export const readSnapshotFile: SnapshotRead = (file) => (typeof Worker === 'function' ? inWorker(file) : inPage(file));
