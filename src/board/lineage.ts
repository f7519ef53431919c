// Lineage: a sticky the app copied into a future-state map keeps its source's
// id in its item metadata (a few bytes), under the app's one metadata key.
// Frames cannot hold metadata, so a frame's source is named in its header text
// ("Future state of: …") and in the app's storage collection instead.
import { z } from '../model/zod.ts';
import { FRAME_HINT_KEY } from './writer.ts';

export const LINEAGE_KEY = FRAME_HINT_KEY;

/** The metadata value (parsed, not trusted: any app or person's script may have written it). */
export const lineageSchema = z.looseObject({ from: z.string().check(z.minLength(1)) });

export function lineageValue(sourceId: string): { from: string } {
  return { from: sourceId };
}
