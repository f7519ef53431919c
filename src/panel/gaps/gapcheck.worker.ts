// The Gaps tab's worker: readback, rules and score off the main thread (on a
// 60,000-sticky board they were one task of seconds). The panel still reads the
// board through the SDK port; only the snapshot comes here.
import { slicedParts, slicedReceiver, type SlicedPart } from '../sliced-message.ts';
import { answer, type GapRequest } from './gap-protocol.ts';

// Requests and replies come and go in slices (sliced-message.ts): a big board's are tens of megabytes.
const receive = slicedReceiver();

addEventListener('message', (event: MessageEvent<SlicedPart>) => {
  const request = receive(event.data) as GapRequest | undefined;
  if (request === undefined) return;
  for (const part of slicedParts(request.id, answer(request))) postMessage(part);
});
