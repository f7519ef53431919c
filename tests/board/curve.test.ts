import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { isConnector, isShape, type BoardSnapshot, type SnapshotShape } from '../../src/snapshot/snapshot.ts';
import { applyCurvePlan } from '../../src/board/curve.ts';
import { curveIsCurrent, planCurve } from '../../src/emotion/curve-plan.ts';
import { CURVE_MARGIN } from '../../src/layout/geometry.ts';
import { insertedWithEmotions, type InsertedCurveMap } from './curve-support.ts';

let inserted: BoardSnapshot;
let frameId: string;
let read: InsertedCurveMap['read'];

beforeAll(async () => {
  ({ inserted, frameId, read } = await insertedWithEmotions());
});

async function refresh(board: MemoryBoard) {
  return applyCurvePlan(board, planCurve(board.toSnapshot(), read(board.toSnapshot())));
}

function curve(board: MemoryBoard): { points: SnapshotShape[]; links: [string, string][] } {
  const items = board.allItems();
  const points = items.filter((item): item is SnapshotShape => isShape(item) && item.shape === 'circle').sort((a, b) => a.x - b.x);
  const links = items.filter(isConnector).map((item) => [String(item.start?.item), String(item.end?.item)] as [string, string]);
  return { points, links };
}

/** The emotion row's label: the row's top and height, as the layout drew it. */
function emotionRow(board: MemoryBoard): { top: number; height: number } {
  const snapshot = board.toSnapshot();
  const result = read(snapshot);
  const lane = result.journey.lanes.find((entry) => entry.kind === 'emotions');
  const band = result.placement.rows.find((row) => row.id === lane?.id);
  const label = board.item(lane?.id ?? '') as SnapshotShape;
  if (band === undefined) throw new Error('no emotion row');
  const height = band.end - band.start;
  return { top: label.y - height / 2, height };
}

const yFor = (level: number, row: { top: number; height: number }) => row.top + CURVE_MARGIN + ((2 - level) / 4) * (row.height - 2 * CURVE_MARGIN);

describe('refresh curve', () => {
  it('an inserted map: one point per stage at its average valence, neighbours linked, and a refresh changes nothing', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    const row = emotionRow(board);
    const { points, links } = curve(board);
    // Discover +1, Sign up −1, First box +2 (touchpoints of sampleJourney).
    expect(points.map((point) => point.y)).toEqual([yFor(1, row), yFor(-1, row), yFor(2, row)]);
    expect(links).toEqual([[points[0]?.id, points[1]?.id], [points[1]?.id, points[2]?.id]]);
    expect(curveIsCurrent(planCurve(board.toSnapshot(), read(board.toSnapshot())))).toBe(true);
  });

  it('moves a stage’s point when its touchpoints are recoloured, and nothing else', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    const sticky = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes('long form'));
    board.externalUpdate(sticky?.id ?? '', { content: '<p>😍 Fills in a long form</p>', style: { fillColor: 'green' } });
    const before = curve(board);
    const result = await refresh(board);
    expect(result).toEqual({ created: 0, moved: 1, linked: 0, removed: 0, recreated: 0 });
    expect(curve(board).points[1]?.y).toBe(yFor(2, emotionRow(board)));
    expect(curve(board).links).toEqual(before.links);
  });

  it('removes the point of a deleted stage and duplicates, recreates a deleted point, and relinks', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    const { points } = curve(board);
    const header = board.allItems().find((item) => isShape(item) && String(item.content).includes('First box'));
    board.externalRemove(header?.id ?? '');
    board.externalRemove(points[0]?.id ?? '');
    const duplicate = await board.createShape({ shape: 'circle', x: (board.absoluteBox(points[1]?.id ?? '')?.x ?? 0) + 30, y: board.absoluteBox(points[1]?.id ?? '')?.y ?? 0, width: 40, height: 40 });
    await ((await board.getById(frameId)) as { add(item: unknown): Promise<unknown> }).add(duplicate);
    await refresh(board);
    const after = curve(board);
    expect(after.points).toHaveLength(2);
    expect(after.links).toEqual([[after.points[0]?.id, after.points[1]?.id]]);
    expect(after.points.map((point) => point.id)).not.toContain(duplicate.id);
    expect(curveIsCurrent(planCurve(board.toSnapshot(), read(board.toSnapshot())))).toBe(true);
  });

  it('draws a point again when someone deletes it while the refresh runs, and says so', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    const sticky = board.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes('long form'));
    board.externalUpdate(sticky?.id ?? '', { content: '<p>😍 Fills in a long form</p>', style: { fillColor: 'green' } });
    const plan = planCurve(board.toSnapshot(), read(board.toSnapshot()));
    const [moving] = plan.moves;
    if (moving === undefined) throw new Error('expected a point to move');
    // The other user deletes the point just before the app syncs its new position.
    board.failOn = (call) => {
      if (call.method === 'sync' && call.itemId === moving.id && board.item(moving.id) !== undefined) board.externalRemove(moving.id);
      return false;
    };
    const result = await applyCurvePlan(board, plan);
    expect(result).toMatchObject({ moved: 0, recreated: 1 });
    const after = curve(board);
    expect(after.points).toHaveLength(3);
    expect(after.points.map((point) => point.id)).not.toContain(moving.id);
    expect(after.links).toEqual([[after.points[0]?.id, after.points[1]?.id], [after.points[1]?.id, after.points[2]?.id]]);
    expect(curveIsCurrent(planCurve(board.toSnapshot(), read(board.toSnapshot())))).toBe(true);
  });

  it('rolls back creations and moves when call k fails, for every k before removal', async () => {
    const edited = MemoryBoard.fromSnapshot(inserted);
    const { points } = curve(edited);
    edited.externalRemove(points[2]?.id ?? '');
    const sticky = edited.allItems().find((item) => item.type === 'sticky_note' && String((item as { content?: string }).content).includes('long form'));
    edited.externalUpdate(sticky?.id ?? '', { content: '<p>😍 Fills in a long form</p>', style: { fillColor: 'green' } });
    const start = edited.toSnapshot();
    const plan = planCurve(start, read(start));
    const clean = MemoryBoard.fromSnapshot(start);
    await applyCurvePlan(clean, plan);
    for (let k = 1; k <= clean.calls.length; k++) {
      const board = MemoryBoard.fromSnapshot(start, { failOn: k });
      const error = await applyCurvePlan(board, plan).catch((caught: unknown) => caught);
      expect(error, `call ${k}`).toBeInstanceOf(Error);
      expect((error as Error).message, `call ${k}`).toMatch(/^Refreshing the curve failed: .+\. The curve is as it was\.$/);
      const where = (b: MemoryBoard) => ({ ...curve(b), points: curve(b).points.map(({ id, x, y }) => ({ id, x, y })) });
      expect(where(board), `call ${k}`).toEqual(where(MemoryBoard.fromSnapshot(start)));
    }
  });

  it('refuses a plan whose frame is not a frame, and changes nothing', async () => {
    const board = MemoryBoard.fromSnapshot(inserted);
    const sticky = board.allItems().find((item) => item.type === 'sticky_note');
    if (sticky === undefined) throw new Error('expected a sticky');
    const plan = { ...planCurve(board.toSnapshot(), read(board.toSnapshot())), frameId: sticky.id };
    await expect(applyCurvePlan(board, plan)).rejects.toThrow(`Refreshing the curve failed: item ${sticky.id} is not a frame. The curve is as it was.`);
    expect(board.toSnapshot()).toEqual(inserted);
  });
});
