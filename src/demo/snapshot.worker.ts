// The demo page's snapshot reader (snapshot-reader.ts): the file's text, its
// JSON and its items parsed here, the result sent back a slice a message.
// Every file gets an answer: one that cannot be read is a failed parse.
import { parseSnapshotText, type SnapshotParse } from '../snapshot/snapshot.ts';
import { slicedParts } from '../panel/sliced-message.ts';

async function read(file: Blob): Promise<SnapshotParse> {
  try {
    return parseSnapshotText(await file.text());
  } catch (error) {
    return { ok: false, error: `could not read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

addEventListener('message', (event: MessageEvent<Blob>) => {
  void read(event.data).then((parse) => {
    for (const part of slicedParts(1, parse)) postMessage(part);
  });
});
