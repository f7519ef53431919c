// Lane kind hints on the board: the reader fetches the lane labels' metadata
// (and only theirs), and a correction written to a label reads back.
import { describe, expect, it } from 'vitest';
import { setLaneKindHint } from '../../src/board/lane-hints.ts';
import { readBoard } from '../../src/board/reader.ts';
import { LANE_KIND_HINT_KEY } from '../../src/model/lane-kinds.ts';
import { laneLabelIds, readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardWith } from '../readback/support.ts';

describe('lane kind hints on the board', () => {
  it('reads the metadata of the lane labels only, in one more round', async () => {
    const result = await boardWith(sampleJourney());
    const { board, itemIds } = result;
    const start = board.calls.length;
    const reading = await readBoard(board, { metadataFor: laneLabelIds, withMetadata: true });
    const metadataCalls = board.calls.slice(start).filter((call) => call.method === 'getMetadata' && call.itemId !== result.frameId).map((call) => call.itemId);
    const labels = ['doing', 'thinking', 'pains', 'ideas'].map((id) => itemIds[`lane:${id}`] ?? '');
    expect([...metadataCalls].sort()).toEqual([...labels].sort());
    expect(reading.snapshot.metadata[labels[0] ?? '']).toEqual({ [LANE_KIND_HINT_KEY]: 'touchpoints' });
  });

  it('writes a correction to the label and readback takes it', async () => {
    const { board, itemIds } = await boardWith(sampleJourney());
    const thinking = itemIds['lane:thinking'] ?? '';
    await setLaneKindHint(board, { labelId: thinking, kind: 'emotions' });
    const result = readJourney(board.toSnapshot());
    if (!result.ok) throw new Error(result.message);
    expect(result.journey.lanes.find((lane) => lane.id === thinking)?.kind).toBe('emotions');
    expect(result.warnings).toEqual(['lane "Thoughts": its label\'s kind hint says Emotions, its name reads as Thoughts; read as Emotions (correct it under "Lanes as read")']);
  });

  it('refuses to write a hint on a frame, with a clear error', async () => {
    const { board, frameId } = await boardWith(sampleJourney());
    await expect(setLaneKindHint(board, { labelId: frameId, kind: 'touchpoints' })).rejects.toThrow(`the lane label ${frameId} is a frame, which cannot hold a kind hint`);
  });
});
