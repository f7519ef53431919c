// The layout's measures (board units) and the grid of stage columns and lane
// rows. Exported so the curve refresh, the fix-its and tests use the same numbers.
import type { Journey, Lane, Note, Stage } from '../model/journey.ts';
import { maxOf } from '../model/arrays.ts';

export const PAD = 80;
export const GAP = 40;
export const LANE_LABEL_WIDTH = 280;
/** Stickies are created with a width only (the SDK keeps a square sticky's 199:228 aspect). */
export const STICKY_WIDTH = 200;
/** The height the board gives a square sticky created `width` wide. */
export function stickyHeightFor(width: number): number {
  return (width * 228) / 199;
}
export const STICKY_HEIGHT = stickyHeightFor(STICKY_WIDTH);
export const STICKY_GAP = 30;
export const CELL_PADDING = 30;
/** Space between neighbouring stage headers (and lane labels), so each reads as its own shape. */
export const HEADER_INSET = 10;
export const STAGE_HEADER_HEIGHT = 110;
export const MIN_STICKY_COLUMNS = 2;
export const MAX_STICKY_COLUMNS = 3;
export const EMOTION_ROW_HEIGHT = 400;
export const CURVE_POINT_SIZE = 40;
/** A stage's range whisker is an empty rectangle this wide, behind its curve point. */
export const WHISKER_WIDTH = 6;
/** The curve's +2 and −2 sit this far inside the emotion row's top and bottom. */
export const CURVE_MARGIN = 50;

export interface Column {
  stage: Stage;
  left: number;
  width: number;
  stickyColumns: number;
}

export interface Row {
  lane: Lane;
  top: number;
  height: number;
  /** Where the row's stickies start: below the curve band in an emotion row. */
  stickyTop: number;
}

export interface Grid {
  columns: Column[];
  rows: Row[];
  /** The notes of each cell (`cellKey`), in the journey's order. */
  cells: ReadonlyMap<string, Note[]>;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Stages left to right: by `order`, ties kept in the journey's order. */
export function orderedStages(journey: Journey): Stage[] {
  return journey.stages.map((stage, index) => ({ stage, index })).sort((a, b) => a.stage.order - b.stage.order || a.index - b.index).map(({ stage }) => stage);
}

export function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`;
}

function notesByCell(journey: Journey): Map<string, Note[]> {
  const cells = new Map<string, Note[]>();
  for (const note of journey.notes) {
    const key = cellKey(note.stageId, note.laneId);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [note]);
    else cell.push(note);
  }
  return cells;
}

const span = (count: number, size: number) => count * (size + STICKY_GAP) - STICKY_GAP + 2 * CELL_PADDING;

/** Columns as wide as their fullest cell needs, rows as tall as theirs: cells grow to fit. */
export function gridFor(journey: Journey, origin: { left: number; top: number }): Grid {
  const cells = notesByCell(journey);
  const countIn = (stageId: string, laneId: string) => cells.get(cellKey(stageId, laneId))?.length ?? 0;
  const columns: Column[] = [];
  let x = origin.left;
  for (const stage of orderedStages(journey)) {
    const fullest = maxOf(journey.lanes.map((lane) => countIn(stage.id, lane.id)), 0);
    const stickyColumns = Math.min(MAX_STICKY_COLUMNS, Math.max(MIN_STICKY_COLUMNS, Math.ceil(Math.sqrt(fullest))));
    const width = span(stickyColumns, STICKY_WIDTH);
    columns.push({ stage, left: x, width, stickyColumns });
    x += width;
  }
  const rows: Row[] = [];
  let y = origin.top;
  for (const lane of journey.lanes) {
    const stickyRows = maxOf(columns.map((column) => Math.ceil(countIn(column.stage.id, lane.id) / column.stickyColumns)), 0);
    // An emotion row is the curve's band, plus room below it for any notes written in that lane (nothing is lost).
    const curveBand = lane.kind === 'emotions' ? EMOTION_ROW_HEIGHT : 0;
    const stickyArea = lane.kind === 'emotions' && stickyRows === 0 ? 0 : span(Math.max(1, stickyRows), STICKY_HEIGHT);
    rows.push({ lane, top: y, height: curveBand + stickyArea, stickyTop: y + curveBand });
    y += curveBand + stickyArea;
  }
  return { columns, rows, cells, left: origin.left, top: origin.top, right: x, bottom: y };
}

/** Where the `index`-th sticky of a cell sits: packed left to right, top to bottom. */
export function stickyCentre({ column, row, index }: { column: Column; row: Row; index: number }): { x: number; y: number } {
  const col = index % column.stickyColumns;
  const line = Math.floor(index / column.stickyColumns);
  return {
    x: column.left + CELL_PADDING + col * (STICKY_WIDTH + STICKY_GAP) + STICKY_WIDTH / 2,
    y: row.stickyTop + CELL_PADDING + line * (STICKY_HEIGHT + STICKY_GAP) + STICKY_HEIGHT / 2,
  };
}

/** The height of a curve point in an emotion row's curve band: +2 at the top, −2 at the bottom, no rating in the middle. */
export function curveY(average: number | null, row: { top: number; height: number }): number {
  const level = average === null ? 0 : Math.max(-2, Math.min(2, average));
  return row.top + CURVE_MARGIN + ((2 - level) / 4) * (row.height - 2 * CURVE_MARGIN);
}
