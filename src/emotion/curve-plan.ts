// "Refresh curve", decided: after people edited the map, where each stage's
// point in the emotion row must be (the layout's rule: +2 at the top, −2 at
// the bottom, no rated touchpoint in the middle), which existing points move,
// which are missing, which are duplicates or belong to deleted stages, and
// which connectors join them, and each stage's range whisker
// (src/emotion/curve-whiskers.ts). Pure: the board adapter (src/board/curve.ts)
// carries it out. Geometry is frame-relative, like the SDK's frame children.
import { isConnector, isShape, type BoardSnapshot, type SnapshotItem, type SnapshotShape } from '../snapshot/snapshot.ts';
import { EMOTION_ROW_HEIGHT, curveY } from '../layout/geometry.ts';
import { stageAverage } from '../layout/grid-items.ts';
import { indexBoard } from '../readback/frames.ts';
import type { ReadResult } from '../readback/types.ts';
import { append } from '../model/arrays.ts';
import { isWhisker, planWhisker, type WhiskerPlan } from './curve-whiskers.ts';
import { stageRange, whiskerBox } from '../layout/curve-range.ts';

type ReadOk = Extract<ReadResult, { ok: true }>;

export interface CurvePoint {
  stageId: string;
  /** The board item when the point exists already, else null (to create). */
  itemId: string | null;
  x: number;
  y: number;
}

export interface CurvePlan {
  frameId: string;
  frameOrigin: { x: number; y: number };
  /** One per stage per emotion row, left to right. */
  points: CurvePoint[][];
  moves: { id: string; x: number; y: number }[];
  /** Points of deleted stages, duplicates, and connectors that no longer join neighbours. */
  removals: string[];
  /** Connectors to create between neighbouring points, by stage (row index, from stage, to stage). */
  links: { row: number; from: number; to: number }[];
  /** Range whiskers to create and to move or resize; those no longer wanted are in `removals`. */
  whiskers: Omit<WhiskerPlan, 'removals'>;
}

const TOLERANCE = 0.5;

function bandAt(bands: readonly { start: number; end: number }[], value: number): number {
  return bands.findIndex((band) => value >= band.start && value < band.end);
}

/** The emotion rows of the read map, as vertical extents plus the curve's drawing box. */
function emotionRows(read: ReadOk, byId: ReadonlyMap<string, SnapshotItem>): { band: { start: number; end: number }; top: number; height: number }[] {
  const kinds = new Map(read.journey.lanes.map((lane) => [lane.id, lane.kind]));
  return read.placement.rows.flatMap((band) => {
    if (kinds.get(band.id) !== 'emotions') return [];
    const label = byId.get(band.id);
    const height = band.end - band.start;
    // The row is centred on its label (the layout's rule); its height is the band's.
    const middle = label !== undefined && isShape(label) ? label.y : band.start + height / 2;
    // Notes written in the emotion lane sit below the curve's band (the layout's rule): keep the curve above them.
    const holdsNotes = read.journey.notes.some((note) => note.laneId === band.id);
    return [{ band, top: middle - height / 2, height: holdsNotes ? Math.min(height, EMOTION_ROW_HEIGHT) : height }];
  });
}

export function planCurve(snapshot: BoardSnapshot, read: ReadOk): CurvePlan {
  const index = indexBoard(snapshot);
  const children = index.children.get(read.frame.id) ?? [];
  const columns = read.placement.columns;
  const headerX = (stageId: string, band: { start: number; end: number }) => {
    const header = index.byId.get(stageId);
    return header !== undefined && isShape(header) ? header.x : (band.start + band.end) / 2;
  };
  const circles = children.filter((item): item is SnapshotShape => isShape(item) && item.shape === 'circle');
  const whiskers = children.filter(isWhisker);
  const plan: CurvePlan = { frameId: read.frame.id, frameOrigin: read.placement.frameOrigin, points: [], moves: [], removals: [], links: [], whiskers: { creates: [], moves: [] } };
  const whiskerPlan: WhiskerPlan = { creates: plan.whiskers.creates, moves: plan.whiskers.moves, removals: [] };
  const kept = new Set<string>();
  for (const row of emotionRows(read, index.byId)) {
    const rowWhiskers = whiskers.filter((item) => item.y >= row.band.start && item.y < row.band.end);
    // Whiskers outside every stage (the stage was deleted) go.
    append(whiskerPlan.removals, rowWhiskers.filter((item) => bandAt(columns, item.x) < 0).map((item) => item.id));
    const inRow = circles.filter((circle) => circle.y >= row.band.start && circle.y < row.band.end);
    const points = columns.map((column, columnIndex): CurvePoint => {
      const target = { x: headerX(column.id, column), y: curveY(stageAverage(read.journey, column.id), row) };
      const wanted = whiskerBox(stageRange(read.journey, column.id), { x: target.x, row });
      planWhisker(whiskerPlan, { wanted, existing: rowWhiskers.filter((item) => bandAt(columns, item.x) === columnIndex) });
      const candidates = inRow.filter((circle) => bandAt(columns, circle.x) === columnIndex && !kept.has(circle.id));
      const nearest = candidates.sort((a, b) => Math.hypot(a.x - target.x, a.y - target.y) - Math.hypot(b.x - target.x, b.y - target.y))[0];
      if (nearest === undefined) return { stageId: column.id, itemId: null, ...target };
      kept.add(nearest.id);
      if (Math.abs(nearest.x - target.x) > TOLERANCE || Math.abs(nearest.y - target.y) > TOLERANCE) plan.moves.push({ id: nearest.id, ...target });
      return { stageId: column.id, itemId: nearest.id, ...target };
    });
    append(plan.removals, inRow.filter((circle) => !kept.has(circle.id)).map((circle) => circle.id));
    plan.points.push(points);
  }
  linkPlan(plan, { items: snapshot.items, circles });
  append(plan.removals, whiskerPlan.removals);
  return plan;
}

/** Keeps connectors that join neighbouring points, removes the others on curve points, links what is missing. */
function linkPlan(plan: CurvePlan, { items, circles }: { items: readonly SnapshotItem[]; circles: readonly SnapshotShape[] }): void {
  const circleIds = new Set(circles.map((circle) => circle.id));
  const wanted = new Map<string, { row: number; from: number; to: number }>();
  plan.points.forEach((points, row) => {
    for (let from = 0; from + 1 < points.length; from++) {
      const a = points[from]?.itemId;
      const b = points[from + 1]?.itemId;
      const key = a && b ? [a, b].sort().join('|') : `new:${row}:${from}`;
      wanted.set(key, { row, from, to: from + 1 });
    }
  });
  const removed = new Set(plan.removals);
  for (const item of items) {
    if (!isConnector(item)) continue;
    const start = item.start?.item;
    const end = item.end?.item;
    if (!(start !== undefined && circleIds.has(start)) && !(end !== undefined && circleIds.has(end))) continue;
    const key = [start, end].sort().join('|');
    // A connector to a removed point goes with it on Miro; one to a kept pair stays.
    if (wanted.has(key)) wanted.delete(key);
    else if (!(start !== undefined && removed.has(start)) && !(end !== undefined && removed.has(end))) plan.removals.unshift(item.id);
  }
  plan.links = [...wanted.values()];
}

/** True when the plan changes nothing on the board. */
export function curveIsCurrent(plan: CurvePlan): boolean {
  const whiskersCurrent = plan.whiskers.creates.length === 0 && plan.whiskers.moves.length === 0;
  return whiskersCurrent && plan.moves.length === 0 && plan.removals.length === 0 && plan.links.length === 0 && plan.points.every((row) => row.every((point) => point.itemId !== null));
}
