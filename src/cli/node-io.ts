// The CliIO of a real run: the process's streams and the file system.
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIO } from './io.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's bytes as UTF-8 text (a leading byte-order mark dropped). Any other
 * encoding is refused: decoding it leniently would turn each bad byte into
 * U+FFFD, and a command writing the file back would destroy the text.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw notUtf8(bytes, 0);
  }
}

/** The one-line refusal, naming the first bad byte; `base` is where `bytes` starts in the file. */
function notUtf8(bytes: Uint8Array, base: number): Error {
  const at = firstInvalidByte(bytes);
  return new Error(`not UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${base + at}); save the file as UTF-8`);
}

/**
 * Where the bad sequence starts. The longest prefix that decodes as a stream
 * (binary search) ends either just before a stray byte or inside a sequence
 * cut short, which then starts at its last lead byte.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle), { stream: true })) low = middle;
    else high = middle - 1;
  }
  if (decodes(bytes.subarray(0, low), { stream: false })) return low;
  let start = low - 1;
  while (start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--;
  return start;
}

function decodes(bytes: Uint8Array, options: { stream: boolean }): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, options);
    return true;
  } catch {
    return false;
  }
}

/** A large file (an event log) as UTF-8 text chunks of about 1 MB, refused like `decodeUtf8` at its first bad byte. */
export async function* readUtf8Chunks(path: string): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8(chunk, offset);
    }
    offset += chunk.length;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

export const nodeIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => decodeUtf8(await readFile(path)),
  readChunks: readUtf8Chunks,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  env: process.env,
};
