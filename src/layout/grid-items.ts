// The grid's items: stage headers over the columns, lane labels left of the
// rows, stickies packed in their cells, and the emotion curve.
import { textToHtml } from '../model/html.ts';
import type { Journey, Note } from '../model/journey.ts';
import { LANE_KIND_HINT_KEY } from '../model/lane-kinds.ts';
import { MOMENT_OF_TRUTH_TAG, TAG_PREFIXES, withMomentMarker } from '../model/markers.ts';
import { VALENCE_LEVELS, colorForValence, withValenceMarker } from '../model/valence.ts';
import { CURVE_COLOR, EMOTION_LANE_FILL, INK, LANE_FILL, PAPER, STAGE_FILL } from './colors.ts';
import { CURVE_POINT_SIZE, HEADER_INSET, LANE_LABEL_WIDTH, STAGE_HEADER_HEIGHT, STICKY_HEIGHT, STICKY_WIDTH, cellKey, curveY, stickyCentre, type Grid } from './geometry.ts';
import type { PlanConnector, PlanShape, PlanSticky } from './plan.ts';
import { linkInOrder } from './plan-curve.ts';
import { append } from '../model/arrays.ts';

export function stageHeaders(grid: Grid): PlanShape[] {
  return grid.columns.map((column) => ({
    type: 'shape',
    kind: 'stage-header',
    key: `stage:${column.stage.id}`,
    shape: 'round_rectangle',
    box: { x: column.left + column.width / 2, y: grid.top - STAGE_HEADER_HEIGHT / 2, width: column.width - 2 * HEADER_INSET, height: STAGE_HEADER_HEIGHT - HEADER_INSET },
    content: textToHtml(column.stage.name),
    style: { fillColor: STAGE_FILL, borderColor: STAGE_FILL, color: PAPER, fontSize: 28, textAlign: 'center' },
  }));
}

export function laneLabels(grid: Grid, labelLeft: number): PlanShape[] {
  return grid.rows.map((row) => {
    const fill = row.lane.kind === 'emotions' ? EMOTION_LANE_FILL : LANE_FILL;
    return {
      type: 'shape',
      kind: 'lane-label',
      key: `lane:${row.lane.id}`,
      shape: 'round_rectangle',
      box: { x: labelLeft + LANE_LABEL_WIDTH / 2, y: row.top + row.height / 2, width: LANE_LABEL_WIDTH, height: row.height - 2 * HEADER_INSET },
      content: textToHtml(row.lane.name),
      style: { fillColor: fill, borderColor: fill, color: INK, fontSize: 22, textAlign: 'center' },
      // The kind survives a rename on the board (docs/reading-maps.md); `other` too, so an app-made map is never guessed at.
      metadata: { [LANE_KIND_HINT_KEY]: row.lane.kind },
    };
  });
}

function tagTitle(prefix: string, value: string | null): string[] {
  const trimmed = value?.trim() ?? '';
  // Miro's 120-character limit is applied (and warned about) by the writer.
  return trimmed === '' ? [] : [`${prefix}${trimmed}`];
}

/** The tags a note's sticky carries: channel, owner, evidence, and the moment-of-truth mark. */
export function noteTagTitles(note: Note): string[] {
  return [
    ...tagTitle(TAG_PREFIXES.channel, note.channel),
    ...tagTitle(TAG_PREFIXES.owner, note.owner),
    ...tagTitle(TAG_PREFIXES.evidence, note.evidence),
    ...(note.momentOfTruth ? [MOMENT_OF_TRUTH_TAG] : []),
  ];
}

/** A rated note's text starts with its emoji, so colour is never the only channel; a moment of truth ends with ⭐. */
export function stickyText(note: Note): string {
  const level = VALENCE_LEVELS.find((entry) => entry === note.valence);
  const text = note.momentOfTruth ? withMomentMarker(note.text) : note.text;
  return level === undefined ? text : withValenceMarker(text, level);
}

export function stickies(journey: Journey, grid: Grid): PlanSticky[] {
  return grid.columns.flatMap((column) =>
    grid.rows.flatMap((row) =>
      (grid.cells.get(cellKey(column.stage.id, row.lane.id)) ?? []).map((note, index): PlanSticky => ({
        type: 'sticky_note',
        kind: 'sticky',
        key: `note:${note.id}`,
        box: { ...stickyCentre({ column, row, index }), width: STICKY_WIDTH, height: STICKY_HEIGHT },
        content: textToHtml(stickyText(note)),
        style: { fillColor: colorForValence(note.valence, journey.palette) },
        tagTitles: noteTagTitles(note),
        noteId: note.id,
        stageId: note.stageId,
        laneId: note.laneId,
      })),
    ),
  );
}

/** The rated notes a stage's curve point stands for: its touchpoints and emotion notes. */
export function curveNotes(journey: Journey, stageId: string): Journey['notes'] {
  const lanes = new Set(journey.lanes.filter((lane) => lane.kind === 'touchpoints' || lane.kind === 'emotions').map((lane) => lane.id));
  return journey.notes.filter((note) => note.stageId === stageId && lanes.has(note.laneId) && note.valence !== null);
}

/** A stage's average valence over its rated touchpoints (and emotion-lane notes), null when none is rated. */
export function stageAverage(journey: Journey, stageId: string): number | null {
  const rated = curveNotes(journey, stageId);
  return rated.length === 0 ? null : rated.reduce((sum, note) => sum + (note.valence ?? 0), 0) / rated.length;
}

/** How the curve's links are drawn (the curve refresh draws new ones the same way). */
export const CURVE_LINK_STYLE: PlanConnector['style'] = { strokeColor: CURVE_COLOR, strokeWidth: 4 };

/** One small circle per stage in each emotion row, joined left to right by connectors. */
export function emotionCurve(journey: Journey, grid: Grid): { points: PlanShape[]; links: PlanConnector[] } {
  const points: PlanShape[] = [];
  const links: PlanConnector[] = [];
  for (const row of grid.rows.filter((entry) => entry.lane.kind === 'emotions')) {
    const rowPoints = grid.columns.map((column): PlanShape => ({
      type: 'shape',
      kind: 'curve-point',
      key: `curve:${row.lane.id}:${column.stage.id}`,
      shape: 'circle',
      box: { x: column.left + column.width / 2, y: curveY(stageAverage(journey, column.stage.id), { top: row.top, height: row.stickyTop - row.top }), width: CURVE_POINT_SIZE, height: CURVE_POINT_SIZE },
      content: '',
      style: { fillColor: CURVE_COLOR, borderColor: CURVE_COLOR, color: PAPER, fontSize: 14, textAlign: 'center' },
    }));
    append(links, linkInOrder(rowPoints, CURVE_LINK_STYLE));
    append(points, rowPoints);
  }
  return { points, links };
}
