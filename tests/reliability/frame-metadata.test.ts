// Miro has no metadata for frames (docs/miro-board.md "Metadata and storage"): the
// app's every operation on a board (insert, read, recolour, palette switch,
// curve refresh, fix-it, data-check frame) makes no getMetadata / setMetadata call on a frame,
// under every answer to what the reference leaves unverified.
import { describe, expect, it } from 'vitest';
import { clearAnnex, writeAnnex } from '../../src/board/annex.ts';
import { applyCurvePlan } from '../../src/board/curve.ts';
import { addStickyToCell } from '../../src/board/fixes.ts';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { readBoard } from '../../src/board/reader.ts';
import { writePlan } from '../../src/board/writer.ts';
import { planCurve } from '../../src/emotion/curve-plan.ts';
import { paletteSwitchUpdates } from '../../src/emotion/palette-switch.ts';
import { planRecolourAll } from '../../src/emotion/recolour-all.ts';
import { loadTextScorer } from '../../src/emotion/sentiment.ts';
import { recolourTargets } from '../../src/emotion/targets.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';
import { describeUnverified, everyUnverified } from '../support/unverified.ts';
import { instantClock } from './harness.ts';

/** Metadata calls on frames, from the board's call log. */
function frameMetadataCalls(board: MemoryBoard, frameIds: ReadonlySet<string>): string[] {
  return board.calls.filter((call) => call.method.endsWith('etMetadata') && frameIds.has(call.itemId ?? '')).map((call) => `${call.method} ${call.itemId}`);
}

async function everyOperation(board: MemoryBoard): Promise<void> {
  const clock = instantClock();
  const journey = sampleJourney();
  journey.lanes.splice(2, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  const { frameId } = await writePlan(board, layoutJourney(journey), { clock });
  const { snapshot } = await readBoard(board, { retry: { clock } });
  const targets = recolourTargets(snapshot, { scope: 'frame', selectedIds: [], frameId });
  if (!targets.ok) throw new Error(targets.message);
  const scoreText = await loadTextScorer();
  await applyItemUpdates(board, planRecolourAll(targets, { palette: 'classic', scoreText, recomputeFromText: true }).updates, { retry: { clock } });
  await applyItemUpdates(board, paletteSwitchUpdates({ items: targets.frameItems, legend: targets.legend, to: 'colour-blind' }), { retry: { clock } });
  const after = (await readBoard(board, { retry: { clock } })).snapshot;
  const read = readJourney(after, { frameId });
  if (!read.ok) throw new Error(read.message);
  await applyCurvePlan(board, planCurve(after, read), { retry: { clock } });
  const column = read.placement.columns[0];
  const row = read.placement.rows[0];
  if (column === undefined || row === undefined) throw new Error('no cell');
  await addStickyToCell(board, { frameId, frameOrigin: read.placement.frameOrigin, column, row, occupied: [], text: 'Placeholder', color: 'light_yellow' }, { retry: { clock } });
  // The data check's frame beside the map: written with its hint, then cleared by it.
  const annex = { mapFrameId: frameId, hintKey: 'journeyMapDataCheck' };
  const summary = { type: 'text', kind: 'data-check', key: 'dc:summary', box: { x: 300, y: 100, width: 500, height: 40 }, content: '<p>Data check</p>', style: { fontSize: 24, textAlign: 'left', color: '#1a1a1a' } } as const;
  await writeAnnex(board, { frame: { title: 'Data check: events.csv', width: 600, height: 400 }, children: [summary] }, { ...annex, clock });
  if ((await clearAnnex(board, annex)) !== 2) throw new Error('the data-check frame was not cleared by its hint');
}

describe('no metadata call on a frame, anywhere', { timeout: 120_000 }, () => {
  it.each(everyUnverified().map((unverified) => [describeUnverified(unverified), unverified] as const))('insert, read, recolour, palette switch, curve refresh, fix-it, data-check frame (%s)', async (_name, unverified) => {
    const board = new MemoryBoard({ unverified });
    await everyOperation(board);
    const frames = new Set(board.allItems().filter((item) => item.type === 'frame').map((item) => item.id));
    expect(frames.size).toBe(1);
    expect(board.calls.length).toBeGreaterThan(50);
    expect(frameMetadataCalls(board, frames)).toEqual([]);
    // Lane labels carry their kind hints (shapes hold metadata); no frame has an entry.
    expect(Object.keys(board.toSnapshot().metadata).filter((id) => frames.has(id))).toEqual([]);
  });
});
