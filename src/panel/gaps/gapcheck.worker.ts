// The Gaps tab's worker: readback, rules and score off the main thread (on a
// 60,000-sticky board they were one task of seconds). The panel still reads the
// board through the SDK port; only the snapshot comes here.
import { answer, type GapReply, type GapRequest } from './gap-protocol.ts';

addEventListener('message', (event: MessageEvent<GapRequest>) => {
  const reply: GapReply = answer(event.data);
  postMessage(reply);
});
