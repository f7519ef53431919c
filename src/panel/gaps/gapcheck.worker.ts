// The Gaps tab's worker: readback, rules and score off the main thread (on a
// 60,000-sticky board they were one task of seconds). The panel still reads the
// board through the SDK port; only the snapshot comes here.
import { gapReceiver } from './gap-protocol.ts';

const receive = gapReceiver();

addEventListener('message', (event: MessageEvent) => {
  const reply = receive(event.data);
  if (reply !== undefined) postMessage(reply);
});
