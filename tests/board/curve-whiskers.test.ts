// Each stage's range on the curve: a whisker from its lowest to its highest
// rated touchpoint behind the mean point, drawn at insert, updated by Refresh curve,
// rolled back with it, and never read back as a note or a title.
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { isShape, type BoardSnapshot, type SnapshotShape } from '../../src/snapshot/snapshot.ts';
import { applyCurvePlan } from '../../src/board/curve.ts';
import { curveIsCurrent, planCurve } from '../../src/emotion/curve-plan.ts';
import { isWhisker } from '../../src/emotion/curve-whiskers.ts';
import { stageRange, whiskerBox } from '../../src/layout/curve-range.ts';
import { CURVE_MARGIN, WHISKER_WIDTH } from '../../src/layout/geometry.ts';
import { insertedWithEmotions, type InsertedCurveMap } from './curve-support.ts';
import { sampleJourney } from '../support/journeys.ts';

let inserted: BoardSnapshot;
let read: InsertedCurveMap['read'];

beforeAll(async () => {
  // Discover: +1 (n1) and now +2 and −2, so its range runs from −2 to +2; the other stages have one touchpoint each.
  ({ inserted, read } = await insertedWithEmotions((journey) => {
    const base = journey.notes.find((note) => note.id === 'n1');
    if (base === undefined) throw new Error('no n1');
    journey.notes.push({ ...base, id: 'n-hi', text: 'Loves the photos', valence: 2 }, { ...base, id: 'n-lo', text: 'Price hidden', valence: -2 });
  }));
});

const plan = (board: MemoryBoard) => planCurve(board.toSnapshot(), read(board.toSnapshot()));
const whiskers = (board: MemoryBoard) => board.allItems().filter((item): item is SnapshotShape => isShape(item) && isWhisker(item));
const points = (board: MemoryBoard) => board.allItems().filter((item): item is SnapshotShape => isShape(item) && item.shape === 'circle').sort((a, b) => a.x - b.x);

/** The emotion row's drawing box, as the plan computes it (centred on its label). */
function emotionRow(board: MemoryBoard): { top: number; height: number } {
  const result = read(board.toSnapshot());
  const lane = result.journey.lanes.find((entry) => entry.kind === 'emotions');
  const band = result.placement.rows.find((row) => row.id === lane?.id);
  const label = board.item(lane?.id ?? '');
  if (band === undefined || label === undefined || !isShape(label)) throw new Error('no emotion row');
  const height = band.end - band.start;
  return { top: label.y - height / 2, height };
}

const yFor = (level: number, row: { top: number; height: number }) => row.top + CURVE_MARGIN + ((2 - level) / 4) * (row.height - 2 * CURVE_MARGIN);

describe('curve whiskers', () => {
  it('the insert draws a whisker spanning both levels of a stage of +2 and −2 at its point, none for stages of one touchpoint, exactly where a refresh wants it', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    expect(plan(board).whiskers).toEqual({ creates: [], moves: [] });
    expect(plan(board).removals).toEqual([]);
    const result = await applyCurvePlan(board, plan(board));
    expect(result).toEqual({ created: 0, moved: 0, linked: 0, removed: 0, recreated: 0 });
    const row = emotionRow(board);
    const [whisker] = whiskers(board);
    expect(whiskers(board)).toHaveLength(1);
    expect(whisker).toMatchObject({ shape: 'rectangle', width: WHISKER_WIDTH, x: points(board)[0]?.x, y: (yFor(2, row) + yFor(-2, row)) / 2, height: yFor(-2, row) - yFor(2, row) });
    expect(curveIsCurrent(plan(board))).toBe(true);
  });

  it('a single touchpoint, or touchpoints of one level, have no range: no whisker rather than a zero-length one', () => {
    const journey = sampleJourney();
    expect(stageRange(journey, 'discover')).toBeNull();
    expect(stageRange(journey, 'nowhere')).toBeNull();
    expect(whiskerBox(null, { x: 10, row: { top: 0, height: 500 } })).toBeNull();
    expect(whiskerBox({ low: -1, high: 1 }, { x: 10, row: { top: 0, height: 500 } })).toEqual({ x: 10, y: 250, height: 200 });
  });

  it('Refresh curve after recolouring resizes the whisker, and removes it when the range closes', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    await applyCurvePlan(board, plan(board));
    const sticky = (text: string) => board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes(text))?.id ?? '';
    board.externalUpdate(sticky('Price hidden'), { content: '<p>🙂 Price hidden</p>', style: { fillColor: 'light_green' } });
    const id = whiskers(board)[0]?.id;
    // A shape cannot be resized on the board: the whisker of the old length is replaced.
    expect(plan(board).whiskers).toEqual({ creates: [expect.objectContaining({ x: points(board)[0]?.x })], moves: [] });
    expect(plan(board).removals).toEqual([id]);
    await applyCurvePlan(board, plan(board));
    const row = emotionRow(board);
    expect(whiskers(board).map((item) => [item.y, item.height])).toEqual([[(yFor(2, row) + yFor(1, row)) / 2, yFor(1, row) - yFor(2, row)]]);
    expect(whiskers(board)[0]?.id).not.toBe(id);
    expect(curveIsCurrent(plan(board))).toBe(true);
    board.externalUpdate(sticky('Loves the photos'), { content: '<p>🙂 Loves the photos</p>', style: { fillColor: 'light_green' } });
    const result = await applyCurvePlan(board, plan(board));
    expect(result.removed).toBe(1);
    expect(whiskers(board)).toEqual([]);
    expect(curveIsCurrent(plan(board))).toBe(true);
  });

  it('moves a whisker someone shifted back to its point, and puts it back where it was when a later call fails', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    await applyCurvePlan(board, plan(board));
    const [whisker] = whiskers(board);
    board.externalUpdate(whisker?.id ?? '', { x: (whisker?.x ?? 0) + 20 });
    const start = board.toSnapshot();
    const refresh = planCurve(start, read(start));
    expect(refresh.whiskers.moves.map((move) => [move.id, move.x])).toEqual([[whisker?.id, whisker?.x]]);
    // A link to a point that is not there fails after the whisker has moved: the move is undone.
    const failing = MemoryBoard.fromSnapshot(start);
    await expect(applyCurvePlan(failing, { ...refresh, links: [{ row: 0, from: 0, to: 9 }] })).rejects.toThrow('Refreshing the curve failed: a curve point is missing. The curve is as it was.');
    expect(failing.calls.some((call) => call.method === 'sync' && call.itemId === whisker?.id)).toBe(true);
    const where = (b: MemoryBoard) => whiskers(b).map(({ id, x, y, height }) => ({ id, x, y, height }));
    expect(where(failing)).toEqual(where(MemoryBoard.fromSnapshot(start)));
    await applyCurvePlan(board, refresh);
    expect(whiskers(board).map((item) => item.x)).toEqual([whisker?.x]);
  });

  it('readback of the map is unchanged by the whiskers', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    await applyCurvePlan(board, plan(board));
    expect(whiskers(board)).toHaveLength(1);
    const before = read(inserted);
    const after = read(board.toSnapshot());
    expect(after.journey).toEqual(before.journey);
    expect(after.placement.strayItemIds).toEqual(before.placement.strayItemIds);
    expect(after.placement.curveLaneIds).toEqual(before.placement.curveLaneIds);
    expect(after.warnings).toEqual(before.warnings);
  });

  it('rolls the whiskers back with the curve when call k fails, for every k before removal', async () => {
    const start = inserted;
    const refresh = planCurve(start, read(start));
    const clean = MemoryBoard.fromSnapshot(start);
    await applyCurvePlan(clean, refresh);
    for (let k = 1; k <= clean.calls.length; k++) {
      const board = MemoryBoard.fromSnapshot(start, { failOn: k });
      const error = await applyCurvePlan(board, refresh).catch((caught: unknown) => caught);
      expect((error as Error).message, `call ${k}`).toMatch(/^Refreshing the curve failed: .+\. The curve is as it was\.$/);
      expect(board.toSnapshot(), `call ${k}`).toEqual(start);
    }
  });
});
