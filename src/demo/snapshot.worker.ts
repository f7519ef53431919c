// The demo page's snapshot reader (snapshot-reader.ts): the file's text, its
// JSON and its items parsed here, the result sent back a slice a message.
import { parseSnapshotText } from '../snapshot/snapshot.ts';
import { slicedParts } from '../panel/sliced-message.ts';

addEventListener('message', (event: MessageEvent<Blob>) => {
  void event.data.text().then((text) => {
    for (const part of slicedParts(1, parseSnapshotText(text))) postMessage(part);
  });
});
