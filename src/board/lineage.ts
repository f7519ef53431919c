// Lineage: a sticky the app copied into a future-state map keeps its source's
// id in its item metadata (a few bytes), under the app's one metadata key.
// Frames cannot hold metadata, so a frame's source is named in its header text
// ("Future state of: …") and in the app's storage collection instead.
import { z } from '../model/zod.ts';
import { isSticky, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit, type RetryOptions } from './calls.ts';
import type { BoardPort } from './port.ts';
/** The app's metadata key on a copied sticky (what older versions also wrote on frames, which Miro refuses). */
export const LINEAGE_KEY = 'journeyMap';

/** The metadata value (parsed, not trusted: any app or person's script may have written it). */
export const lineageSchema = z.looseObject({ from: z.string().check(z.minLength(1)) });

export function lineageValue(sourceId: string): { from: string } {
  return { from: sourceId };
}

/**
 * The snapshot with the lineage of the frame's stickies added to its metadata:
 * `readBoard` reads lane labels' metadata only (one call per item would cost
 * every read), so a comparison asks for the one frame it needs, a bounded few at once.
 */
export async function withLineage(board: BoardPort, { snapshot, frameId, retry }: { snapshot: BoardSnapshot; frameId: string; retry?: RetryOptions }): Promise<BoardSnapshot> {
  const ids = snapshot.items.filter((item) => item.parentId === frameId && isSticky(item)).map((item) => item.id);
  if (ids.length === 0) return snapshot;
  const items = await retryOnRateLimit(() => board.get({ id: ids }), retry);
  const found = await mapBounded(items, DEFAULT_CONCURRENCY, async (item) => {
    if (!('getMetadata' in item) || typeof item.getMetadata !== 'function') return null;
    const value = await retryOnRateLimit(() => (item as { getMetadata(key: string): Promise<unknown> }).getMetadata(LINEAGE_KEY), retry);
    const parsed = lineageSchema.safeParse(value);
    return parsed.success ? ([item.id, { ...snapshot.metadata[item.id], [LINEAGE_KEY]: { from: parsed.data.from } }] as const) : null;
  });
  const added = found.filter((entry) => entry !== null);
  return { ...snapshot, metadata: { ...snapshot.metadata, ...Object.fromEntries(added) } };
}
