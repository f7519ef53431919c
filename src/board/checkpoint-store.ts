// Checkpoints in the app's storage collection, per frame (docs/compare-review.md):
// each kept as JSON text split across keys of at most CHUNK_CHARS characters
// (a key holds 64 KB; a character takes at most 6 bytes as JSON), an index
// key per frame listing them oldest first, and no more than KEEP_PER_FRAME
// kept. Parts are written before the index, so the index never names a
// checkpoint that is not all there. Callers treat any failure as "not
// stored": the work it records is never blocked by it.
import type { Json } from '@mirohq/websdk-types';
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import type { BoardPort } from './port.ts';
import { STORAGE_COLLECTION } from './future-state.ts';
import { z } from '../model/zod.ts';

export const KEEP_PER_FRAME = 24;
export const CHUNK_CHARS = 10_000;

export const indexKey = (frameId: string): string => `checkpoints:${frameId}`;
const partKey = (frameId: string, id: string, part: number): string => `checkpoint:${frameId}:${id}:${part}`;

const entrySchema = z.object({ id: z.string(), at: z.string(), kind: z.string(), parts: z.int().check(z.gte(1)) });
const indexSchema = z.object({ entries: z.array(entrySchema) });
export type CheckpointEntry = z.infer<typeof entrySchema>;

export function splitText(text: string, size = CHUNK_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += size) parts.push(text.slice(start, start + size));
  return parts.length === 0 ? [''] : parts;
}

interface StoreOptions {
  frameId: string;
  retry?: RetryOptions;
}

function collectionOf(board: BoardPort) {
  return board.storage.collection(STORAGE_COLLECTION);
}

export async function listCheckpoints(board: BoardPort, { frameId, retry }: StoreOptions): Promise<CheckpointEntry[]> {
  const raw = await retryOnRateLimit(() => collectionOf(board).get(indexKey(frameId)), retry);
  const parsed = indexSchema.safeParse(raw ?? { entries: [] });
  return parsed.success ? parsed.data.entries : [];
}

/** Stores `value` (a checkpoint) as the frame's newest; drops the oldest past KEEP_PER_FRAME. */
export async function saveCheckpoint(board: BoardPort, { frameId, retry, entry, value }: StoreOptions & { entry: Omit<CheckpointEntry, 'parts'>; value: Json }): Promise<void> {
  const collection = collectionOf(board);
  const parts = splitText(JSON.stringify(value));
  for (const [index, part] of parts.entries()) await retryOnRateLimit(() => collection.set(partKey(frameId, entry.id, index), part), retry);
  const entries = [...(await listCheckpoints(board, { frameId, ...(retry === undefined ? {} : { retry }) })).filter((old) => old.id !== entry.id), { ...entry, parts: parts.length }];
  const dropped = entries.slice(0, Math.max(0, entries.length - KEEP_PER_FRAME));
  await retryOnRateLimit(() => collection.set(indexKey(frameId), { entries: entries.slice(dropped.length) }), retry);
  for (const old of dropped) {
    for (let part = 0; part < old.parts; part++) await retryOnRateLimit(() => collection.remove(partKey(frameId, old.id, part)), retry);
  }
}

/** The stored JSON of a checkpoint, or null when a part is missing or the text is not JSON. */
export async function loadCheckpoint(board: BoardPort, { frameId, retry, entry }: StoreOptions & { entry: CheckpointEntry }): Promise<unknown> {
  const collection = collectionOf(board);
  const texts: string[] = [];
  for (let part = 0; part < entry.parts; part++) {
    const text = await retryOnRateLimit(() => collection.get(partKey(frameId, entry.id, part)), retry);
    if (typeof text !== 'string') return null;
    texts.push(text);
  }
  try {
    return JSON.parse(texts.join('')) as unknown;
  } catch {
    return null;
  }
}
