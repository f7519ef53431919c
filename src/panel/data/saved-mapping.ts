// The confirmed mapping of one map frame, kept in the app's board storage
// collection (64 KB a key; never in item metadata). Read back with zod: storage
// is shared by collaborators and any version of the app.
import type { SavedMapping } from '../../analysis/datacheck/matching.ts';
import type { BoardPort } from '../../board/port.ts';
import { z } from '../../model/zod.ts';

export const STORAGE_COLLECTION = 'journey-map';
const savedSchema = z.object({ mapping: z.record(z.string(), z.nullable(z.string())) });

export const mappingKey = (frameId: string) => `datacheck-mapping:${frameId}`;

export async function loadMapping(board: BoardPort, frameId: string): Promise<SavedMapping> {
  const value = await board.storage.collection(STORAGE_COLLECTION).get(mappingKey(frameId));
  const parsed = savedSchema.safeParse(value);
  return parsed.success ? parsed.data.mapping : {};
}

export async function saveMapping(board: BoardPort, { frameId, mapping }: { frameId: string; mapping: SavedMapping }): Promise<void> {
  await board.storage.collection(STORAGE_COLLECTION).set(mappingKey(frameId), { mapping: { ...mapping } });
}
