// Writes a lane label's kind hint: what the panel's "Lanes as read" list does
// when someone corrects a lane's kind. The hint lives in the label's own
// metadata (shapes, texts and stickies hold metadata; frames cannot), so it
// goes with the label when the lane is renamed, moved or duplicated.
import { LANE_KIND_HINT_KEY } from '../model/lane-kinds.ts';
import type { LaneKind } from '../model/journey.ts';
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import type { BoardPort } from './port.ts';

export async function setLaneKindHint(board: BoardPort, { labelId, kind, retry }: { labelId: string; kind: LaneKind; retry?: RetryOptions }): Promise<void> {
  const label = await retryOnRateLimit(() => board.getById(labelId), retry);
  if (label.type === 'frame' || !('setMetadata' in label)) throw new Error(`the lane label ${labelId} is a ${label.type}, which cannot hold a kind hint`);
  await retryOnRateLimit(() => label.setMetadata(LANE_KIND_HINT_KEY, kind), retry);
}
